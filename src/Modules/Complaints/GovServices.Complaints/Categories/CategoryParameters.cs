using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Categories;

/// <summary>A category row as SQL parameters named after its columns.</summary>
internal static class CategoryParameters
{
    public static object Of(CategoryRow row, int? expectedVersion = null) => new
    {
        code = row.Code,
        name_id = row.NameId,
        name_en = row.NameEn,
        description = row.Description,
        opd_code = row.OpdCode,
        sla_working_days = row.SlaWorkingDays,
        active = row.Active,
        sort_order = row.SortOrder,
        duplicate_radius_metres = row.DuplicateRadiusMetres,
        attributes = row.Attributes,
        updated_at = row.UpdatedAt,
        version = expectedVersion ?? row.Version,
    };
}

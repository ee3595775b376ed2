using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Categories;

/// <summary>A complaint category, active or not; its ETag is the version to send in If-Match.</summary>
/// <param name="Code">Its stable code.</param>
/// <param name="NameId">The name in Bahasa Indonesia.</param>
/// <param name="NameEn">The name in English.</param>
/// <param name="Description">What belongs in it.</param>
/// <param name="Opd">The department (OPD) that answers its complaints.</param>
/// <param name="SlaWorkingDays">Working days to resolve a complaint once routed.</param>
/// <param name="SortOrder">Position in the public list.</param>
/// <param name="DuplicateRadiusMetres">How far apart two complaints of the category may be and still be the same problem: the radius of "already reported nearby?".</param>
/// <param name="Active">Whether complaints can be filed under it.</param>
/// <param name="UpdatedAt">When an admin last changed it (UTC); null for the seeded set.</param>
/// <param name="Attributes">The questions a complaint of the category answers on filing, in order (Open311 service definition attributes).</param>
internal sealed record CategoryDetails(string Code, string NameId, string NameEn, string Description, string Opd, int SlaWorkingDays, int SortOrder, int DuplicateRadiusMetres, bool Active, DateTimeOffset? UpdatedAt, IReadOnlyList<CategoryAttribute> Attributes)
{
    internal int Version { get; init; }

    public static CategoryDetails From(CategoryRow row) =>
        new(row.Code, row.NameId, row.NameEn, row.Description, row.OpdCode, row.SlaWorkingDays, row.SortOrder, row.DuplicateRadiusMetres, row.Active, row.UpdatedAt, CategoryAttributes.Parse(row.Attributes)) { Version = row.Version };
}

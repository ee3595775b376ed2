namespace GovServices.Complaints.Domain;

/// <summary>One row of <c>complaints.category</c>.</summary>
internal sealed class CategoryRow
{
    public string Code { get; init; } = "";

    public string NameId { get; init; } = "";

    public string NameEn { get; init; } = "";

    public string Description { get; init; } = "";

    public string OpdCode { get; init; } = "";

    public int SlaWorkingDays { get; init; }

    public bool Active { get; init; }

    public int SortOrder { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public int Version { get; init; }

    /// <summary>How far apart two complaints of this category may be and still be the same problem, in metres.</summary>
    public int DuplicateRadiusMetres { get; init; } = NearbyComplaints.DefaultRadiusMetres;

    /// <summary>The questions it asks on filing, as the JSON document of <see cref="CategoryAttributes"/>.</summary>
    public string Attributes { get; init; } = "[]";
}

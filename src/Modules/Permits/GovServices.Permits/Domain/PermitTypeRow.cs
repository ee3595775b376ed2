namespace GovServices.Permits.Domain;

/// <summary>One row of <c>permits.permit_type</c>; the definitions are JSON text.</summary>
internal sealed class PermitTypeRow
{
    public string Code { get; init; } = "";

    public string NameId { get; init; } = "";

    public string NameEn { get; init; } = "";

    public string DescriptionId { get; init; } = "";

    public string OpdCode { get; init; } = "";

    public string ClassificationCode { get; init; } = "";

    public string Documents { get; init; } = "[]";

    public string Fields { get; init; } = "[]";

    public string FeeRule { get; init; } = "{}";

    public string Sla { get; init; } = "{}";

    public int? ValidityMonths { get; init; }

    public bool Active { get; init; }

    public int SortOrder { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public int Version { get; init; }

    public PermitType ToPermitType() => new(
        Code,
        NameId,
        NameEn,
        DescriptionId,
        OpdCode,
        ClassificationCode,
        PermitsJson.Deserialize<RequiredDocument[]>(Documents),
        PermitsJson.Deserialize<FormField[]>(Fields),
        PermitsJson.Deserialize<FeeRule>(FeeRule),
        PermitsJson.Deserialize<StageSla>(Sla),
        ValidityMonths,
        Active,
        SortOrder) { Version = Version };
}

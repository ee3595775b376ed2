namespace GovServices.Permits.Domain;

/// <summary>A permit of the city's catalogue: what to fill in and attach, who issues it, what it costs, how long each stage may take.</summary>
/// <param name="Code">Stable code, for example <c>PBG</c>.</param>
/// <param name="NameId">The name in Bahasa Indonesia.</param>
/// <param name="NameEn">The name in English.</param>
/// <param name="DescriptionId">What the permit is for (Bahasa Indonesia).</param>
/// <param name="Opd">The issuing department (OPD), whose officers review applications.</param>
/// <param name="ClassificationCode">The archival classification code that opens the permit number, for example <c>503</c>.</param>
/// <param name="Documents">The documents to upload.</param>
/// <param name="Fields">The form fields.</param>
/// <param name="Fee">How the retribution is set.</param>
/// <param name="Sla">Working days per stage.</param>
/// <param name="ValidityMonths">Months an issued permit is valid; null when it does not expire.</param>
/// <param name="Active">Whether new applications may be made.</param>
/// <param name="SortOrder">Display order.</param>
internal sealed record PermitType(
    string Code,
    string NameId,
    string NameEn,
    string DescriptionId,
    string Opd,
    string ClassificationCode,
    IReadOnlyList<RequiredDocument> Documents,
    IReadOnlyList<FormField> Fields,
    FeeRule Fee,
    StageSla Sla,
    int? ValidityMonths,
    bool Active,
    int SortOrder)
{
    internal int Version { get; init; }
}

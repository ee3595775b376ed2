namespace GovServices.Permits.Issuing;

/// <summary>
/// What the application lifecycle hands to the issuer once an application may become a permit (approved and free,
/// or paid).
/// </summary>
/// <param name="ApplicationId">The application the permit is issued for; one application yields at most one permit.</param>
/// <param name="PermitTypeCode">The permit type's code (for example <c>PBG</c>); the number sequence runs per type and year.</param>
/// <param name="PermitTypeNameId">The permit type's Indonesian name, printed on the permit and carried in its token.</param>
/// <param name="ClassificationCode">The archival classification code that opens the number (for example <c>503</c>).</param>
/// <param name="OpdCode">The issuing OPD's code (for example <c>DPMPTSP</c>); officers of this OPD may revoke.</param>
/// <param name="HolderName">The holder's name as verified against the civil registry.</param>
/// <param name="HolderNik">The holder's NIK, when the holder is a resident; only a masked form leaves the module.</param>
/// <param name="ApplicantUserId">The signed-in applicant's user id, when a citizen applied; that user may read the permit.</param>
/// <param name="ApplicantClientId">The partner app that applied on the holder's behalf, when one did; that client may read the permit.</param>
/// <param name="ValidityMonths">Months the permit is valid from the issue date; <see langword="null"/> for a permit without an end.</param>
internal sealed record PermitToIssue(
    Guid ApplicationId,
    string PermitTypeCode,
    string PermitTypeNameId,
    string ClassificationCode,
    string OpdCode,
    string HolderName,
    string? HolderNik,
    string? ApplicantUserId,
    string? ApplicantClientId,
    int? ValidityMonths);

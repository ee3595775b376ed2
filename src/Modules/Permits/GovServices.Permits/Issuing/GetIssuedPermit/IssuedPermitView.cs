namespace GovServices.Permits.Issuing.GetIssuedPermit;

/// <summary>An issued permit as its reader may see it.</summary>
/// <param name="Id">The issued permit's id.</param>
/// <param name="ApplicationId">The application it was issued for.</param>
/// <param name="Number">The official number, for example <c>503/0042/DPMPTSP/XI/2026</c>.</param>
/// <param name="Status"><c>issued</c> or <c>revoked</c>; whether it has expired follows from <paramref name="ValidUntil"/>.</param>
/// <param name="PermitType">The permit type's code.</param>
/// <param name="PermitTypeName">The permit type's name in Bahasa Indonesia.</param>
/// <param name="Opd">The issuing OPD.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="HolderNik">The holder's NIK: in full for the holder's side, masked for everyone else.</param>
/// <param name="ValidFrom">First day of validity (WITA).</param>
/// <param name="ValidUntil">Last day of validity (WITA); null for a permit without an end.</param>
/// <param name="IssuedAt">When it was issued (UTC).</param>
/// <param name="Token">The signed token (compact JWS, ES256) to print as a QR code.</param>
/// <param name="VerificationUrl">The address the QR code should hold: the public verification of this token.</param>
/// <param name="RevokedAt">When it was revoked (UTC).</param>
/// <param name="RevocationReason">Why it was revoked.</param>
internal sealed record IssuedPermitView(
    Guid Id,
    Guid ApplicationId,
    string Number,
    string Status,
    string PermitType,
    string PermitTypeName,
    string Opd,
    string HolderName,
    string? HolderNik,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    DateTimeOffset IssuedAt,
    string Token,
    string VerificationUrl,
    DateTimeOffset? RevokedAt,
    string? RevocationReason)
{
    internal int Version { get; init; }

    public static IssuedPermitView From(IssuedPermitRow permit, bool holderSide, PermitIssuingOptions options) =>
        new(
            permit.Id,
            permit.ApplicationId,
            permit.Number,
            permit.Status,
            permit.PermitTypeCode,
            permit.PermitTypeNameId,
            permit.OpdCode,
            permit.HolderName,
            holderSide ? permit.HolderNik : HolderMask.Nik(permit.HolderNik),
            permit.ValidFrom,
            permit.ValidUntil,
            permit.IssuedAt,
            permit.Token,
            (options.PublicBaseUrl?.TrimEnd('/') ?? "") + IssuingApiPaths.VerifyPath(permit.Token),
            permit.RevokedAt,
            permit.RevocationReason) { Version = permit.Version };
}

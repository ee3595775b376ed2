namespace GovServices.Permits.Issuing.Verify;

/// <summary>
/// What anyone scanning a permit's QR code learns: whether it is genuine and in force, and just enough to match it
/// with the paper in hand. Everything but <paramref name="Status"/> and <paramref name="CheckedAt"/> is null for an
/// invalid token.
/// </summary>
/// <param name="Status"><c>valid</c>, <c>expired</c>, <c>revoked</c> or <c>invalid</c> (not signed by the city, altered, or unknown).</param>
/// <param name="Number">The official permit number.</param>
/// <param name="PermitType">The permit type's code.</param>
/// <param name="PermitTypeName">The permit type's name in Bahasa Indonesia.</param>
/// <param name="Opd">The issuing OPD.</param>
/// <param name="Holder">The holder's name, each word but its first letter hidden.</param>
/// <param name="HolderNik">The holder's NIK, masked, when the holder is a resident.</param>
/// <param name="ValidFrom">First day of validity (WITA).</param>
/// <param name="ValidUntil">Last day of validity (WITA); null for a permit without an end.</param>
/// <param name="IssuedAt">When it was issued (UTC).</param>
/// <param name="RevokedAt">When it was revoked (UTC), for a revoked permit.</param>
/// <param name="CheckedAt">When this answer was given (UTC).</param>
internal sealed record PermitVerification(
    string Status,
    string? Number,
    string? PermitType,
    string? PermitTypeName,
    string? Opd,
    string? Holder,
    string? HolderNik,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    DateTimeOffset? IssuedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset CheckedAt)
{
    public const string Valid = "valid";
    public const string Expired = "expired";
    public const string Revoked = "revoked";
    public const string Invalid = "invalid";

    public static PermitVerification InvalidAt(DateTimeOffset checkedAt) =>
        new(Invalid, null, null, null, null, null, null, null, null, null, null, checkedAt);
}

namespace GovServices.Permits.Issuing;

/// <summary>A permit as issued: its official number, validity and the signed token printed as a QR code.</summary>
/// <param name="Id">The issued permit's id (UUIDv7).</param>
/// <param name="Number">The official number, for example <c>503/0042/DPMPTSP/XI/2026</c>.</param>
/// <param name="ValidFrom">First day of validity (the issue date in WITA).</param>
/// <param name="ValidUntil">Last day of validity, or <see langword="null"/> for a permit without an end.</param>
/// <param name="IssuedAt">When the permit was issued (UTC).</param>
/// <param name="Token">The compact ES256 JWS of the permit's essential facts, verifiable offline with the published JWKS.</param>
internal sealed record IssuedPermit(Guid Id, string Number, DateOnly ValidFrom, DateOnly? ValidUntil, DateTimeOffset IssuedAt, string Token);

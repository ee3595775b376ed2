namespace GovServices.Identity.Admin.RotateClientSecret;

/// <summary>The new secret of a machine client: shown this once, stored only as a hash.</summary>
/// <param name="ClientId">The client.</param>
/// <param name="ClientSecret">The new secret; the old one no longer works.</param>
/// <param name="Version">The client's version after the change; also the ETag.</param>
internal sealed record ClientSecretRotated(string ClientId, string ClientSecret, int Version);

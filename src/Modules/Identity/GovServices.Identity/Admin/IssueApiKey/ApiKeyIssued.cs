namespace GovServices.Identity.Admin.IssueApiKey;

/// <summary>A client's new partner API key: shown this once, stored only as a hash.</summary>
/// <param name="ClientId">The client.</param>
/// <param name="ApiKey">The key to send as <c>api_key</c> (Open311); the client's previous key no longer works.</param>
/// <param name="Scopes">What the key allows: <c>complaints.submit</c>.</param>
/// <param name="Version">The client's version after the change; also the ETag.</param>
internal sealed record ApiKeyIssued(string ClientId, string ApiKey, IReadOnlyList<string> Scopes, int Version);

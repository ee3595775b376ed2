namespace GovServices.Identity.Me;

/// <summary>Who the access token speaks for, as the API sees it.</summary>
/// <param name="ClientId">The client that obtained the token.</param>
/// <param name="Subject">The person's id, or the client id for a client acting for itself.</param>
/// <param name="Name">Display name.</param>
/// <param name="Roles">The person's roles; empty for a client.</param>
/// <param name="Opd">The department of an officer or coordinator.</param>
/// <param name="Scopes">The scopes the token carries.</param>
internal sealed record CallerDescription(string? ClientId, string? Subject, string? Name, IReadOnlyList<string> Roles, string? Opd, IReadOnlyList<string> Scopes);

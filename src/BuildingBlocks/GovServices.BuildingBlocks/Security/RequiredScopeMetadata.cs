namespace GovServices.BuildingBlocks.Security;

/// <summary>
/// What an endpoint requires of the caller's token, kept beside the authorization policy so that the OpenAPI
/// document can state it per operation. <see cref="Scope"/> is null when any valid token will do.
/// </summary>
public sealed record RequiredScopeMetadata(string? Scope, IReadOnlyList<string> Roles);

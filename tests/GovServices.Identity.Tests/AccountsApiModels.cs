namespace GovServices.Identity.Tests;

internal sealed record ClientDto(
    string ClientId,
    string DisplayName,
    string Kind,
    string[] Scopes,
    string[] RedirectUris,
    string[] PostLogoutRedirectUris,
    bool Disabled,
    string? Opd,
    int Version);

internal sealed record ClientCreatedDto(ClientDto Client, string? ClientSecret);

internal sealed record ClientSecretRotatedDto(string ClientId, string ClientSecret, int Version);

internal sealed record UserDto(
    string Id,
    string UserName,
    string FullName,
    string? Email,
    string[] Roles,
    string? Opd,
    bool OpdHead,
    string? MaskedNik,
    bool Disabled,
    DateTimeOffset CreatedAt);

internal sealed record StaffUserCreatedDto(UserDto User, string? InitialPassword);

internal sealed record PageDto<T>(T[] Items, string? NextCursor);

internal sealed record CallerDto(string? ClientId, string? Subject, string? Name, string[] Roles, string? Opd, string[] Scopes);

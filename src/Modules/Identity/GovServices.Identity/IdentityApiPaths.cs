namespace GovServices.Identity;

/// <summary>The Identity module's routes, in one place.</summary>
internal static class IdentityApiPaths
{
    public const string Token = "/connect/token";
    public const string Authorize = "/connect/authorize";
    public const string Introspect = "/connect/introspect";
    public const string Revoke = "/connect/revoke";
    public const string UserInfo = "/connect/userinfo";
    public const string Logout = "/connect/logout";

    public const string Login = "/account/login";

    public const string Group = "/api/v1/identity";
    public const string Me = "/me";
    public const string Clients = "/clients";
    public const string Client = "/clients/{clientId}";
    public const string ClientSecret = "/clients/{clientId}/secret";
    public const string ClientApiKey = "/clients/{clientId}/api-key";
    public const string DisableClient = "/clients/{clientId}/disable";
    public const string ClientOpd = "/clients/{clientId}/opd";
    public const string Users = "/users";
    public const string User = "/users/{userId}";
    public const string DisableUser = "/users/{userId}/disable";
    public const string EnableUser = "/users/{userId}/enable";
    public const string UserOpdHead = "/users/{userId}/opd-head";
    public const string Citizens = "/citizens";
}

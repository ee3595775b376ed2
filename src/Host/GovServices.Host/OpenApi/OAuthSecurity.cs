using GovServices.BuildingBlocks.Security;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GovServices.Host.OpenApi;

/// <summary>
/// Declares the two OAuth 2.0 flows of the API in the document — client credentials for partner apps and
/// department systems, authorization code with PKCE for front-ends — and, per operation, the scope it requires.
/// </summary>
internal static class OAuthSecurity
{
    public const string SchemeName = "oauth2";
    public const string SwaggerClientId = "swagger-ui";

    private static readonly Uri TokenUrl = new("/connect/token", UriKind.Relative);
    private static readonly Uri AuthorizationUrl = new("/connect/authorize", UriKind.Relative);

    /// <summary>OpenID Connect's scopes: people's front-ends ask for them, and an operation may require <c>profile</c>.</summary>
    private static readonly Dictionary<string, string> PersonScopes = new(StringComparer.Ordinal)
    {
        ["openid"] = "Sign in with OpenID Connect (an ID token).",
        ["profile"] = "The signed-in person's name and NIK, in the ID token, at /connect/userinfo and for their own records.",
        ["offline_access"] = "A refresh token.",
    };

    public static void Describe(SwaggerGenOptions options, ApiScopeCatalogue catalogue)
    {
        var scopes = catalogue.All.ToDictionary(scope => scope.Name, scope => scope.Description);
        var personScopes = new Dictionary<string, string>(scopes.Concat(PersonScopes));
        options.AddSecurityDefinition(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Access tokens from this server's /connect/token: signed JWTs (at+jwt), valid for minutes.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow { TokenUrl = TokenUrl, Scopes = scopes },
                AuthorizationCode = new OpenApiOAuthFlow { AuthorizationUrl = AuthorizationUrl, TokenUrl = TokenUrl, Scopes = personScopes },
            },
        });
        options.OperationFilter<RequiredScopeOperationFilter>();
    }

    /// <summary>
    /// Adds the operation's requirements (from <see cref="RequiredScopeMetadata"/>, the same alternatives its policy
    /// admits: one requirement object per scope, any of which will do) and its 401/403 answers.
    /// </summary>
    private sealed class RequiredScopeOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var required = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiredScopeMetadata>().LastOrDefault();
            if (required is null)
            {
                // Public (the endpoint-access test holds every such endpoint to a reviewed reason): said explicitly,
                // so that a client generator or a linter never mistakes it for one whose requirement was forgotten.
                operation.Security = [];
                return;
            }

            operation.Security ??= [];
            foreach (var scope in required.Alternatives.Select(alternative => alternative.Scope).Distinct())
            {
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scope is null ? [] : [scope],
                });
            }

            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid access token." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = Refusal(required) });
        }

        private static string Refusal(RequiredScopeMetadata required)
        {
            var officer = required.Alternatives.Any(alternative => alternative.AnyOfRoles.Contains(Roles.Officer))
                ? " (a client bound to an OPD counts as that OPD's officer)."
                : ".";
            return required.Alternatives switch
            {
                [{ Scope: null, AnyOfRoles.Count: 0 }] => "The token does not allow this.",
                [{ Scope: { } scope, AnyOfRoles: var roles }] =>
                    $"The token lacks the {scope} scope{(roles.Count > 0 ? $" or the caller lacks the role {string.Join(" or ", roles)}" : "")}{officer}",
                _ => $"The caller has none of: {string.Join("; ", required.Alternatives.Select(Describe))}{officer}",
            };
        }

        private static string Describe(ScopeRequirement alternative) => alternative switch
        {
            { Scope: null, AnyOfRoles.Count: 0 } => "a valid token",
            { Scope: null } => $"the role {string.Join(" or ", alternative.AnyOfRoles)}",
            { AnyOfRoles.Count: 0 } => $"the {alternative.Scope} scope",
            _ => $"the {alternative.Scope} scope with the role {string.Join(" or ", alternative.AnyOfRoles)}",
        };
    }
}

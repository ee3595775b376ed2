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

    public static void Describe(SwaggerGenOptions options, ApiScopeCatalogue catalogue)
    {
        var scopes = catalogue.All.ToDictionary(scope => scope.Name, scope => scope.Description);
        options.AddSecurityDefinition(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Access tokens from this server's /connect/token: signed JWTs (at+jwt), valid for minutes.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow { TokenUrl = TokenUrl, Scopes = scopes },
                AuthorizationCode = new OpenApiOAuthFlow { AuthorizationUrl = AuthorizationUrl, TokenUrl = TokenUrl, Scopes = scopes },
            },
        });
        options.OperationFilter<RequiredScopeOperationFilter>();
    }

    /// <summary>Adds the operation's scope (from <see cref="RequiredScopeMetadata"/>) and its 401/403 answers.</summary>
    private sealed class RequiredScopeOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var required = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiredScopeMetadata>().LastOrDefault();
            if (required is null)
                return;

            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = required.Scope is null ? [] : [required.Scope],
            });
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid access token." });
            operation.Responses.TryAdd("403", new OpenApiResponse
            {
                Description = required.Scope is null
                    ? "The token does not allow this."
                    : $"The token lacks the {required.Scope} scope{(required.Roles.Count > 0 ? $" or the caller lacks the role {string.Join(" or ", required.Roles)}" : "")}"
                        + (required.Roles.Contains(Roles.Officer) ? " (a client bound to an OPD counts as that OPD's officer)." : "."),
            });
        }
    }
}

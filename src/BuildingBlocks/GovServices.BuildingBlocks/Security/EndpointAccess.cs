using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using OpenIddict.Abstractions;

namespace GovServices.BuildingBlocks.Security;

/// <summary>
/// How an endpoint declares its access, in one line: <c>.RequireScope(ComplaintsScopes.Manage)</c>,
/// <c>.RequireScope(PermitsScopes.Review, Roles.Officer)</c>, or <c>.AllowPublicAccess("why")</c>.
/// Object-level checks (a citizen's own records, an officer's OPD) stay in the handlers.
/// </summary>
public static class EndpointAccess
{
    /// <summary>
    /// The token must carry <paramref name="scope"/>; with roles, the person must also hold one of them. Where
    /// <see cref="Roles.Officer"/> is one, a back-office system bound to an OPD (<see cref="OfficerOpd"/>) is admitted
    /// too: it takes that OPD's officers' steps, and the handler checks the OPD as it does an officer's.
    /// </summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope, params string[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        var policy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(scope));
        if (roles.Length > 0)
        {
            var admitsOpdSystems = roles.Contains(Roles.Officer);
            policy.RequireAssertion(context =>
                roles.Any(role => context.User.HasClaim(GovClaims.Role, role))
                || (admitsOpdSystems && OfficerOpd.IsSystem(context.User)));
        }

        return builder
            .RequireAuthorization(policy.Build())
            .WithMetadata(new RequiredScopeMetadata(scope, roles));
    }

    /// <summary>Any valid access token, whatever its scopes: for endpoints that only describe the caller.</summary>
    public static TBuilder RequireAuthenticatedCaller<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAuthorization(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .WithMetadata(new RequiredScopeMetadata(Scope: null, Roles: []));

    /// <summary>Anyone may call the endpoint; <paramref name="reason"/> records why that was decided.</summary>
    public static TBuilder AllowPublicAccess<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return builder.AllowAnonymous().WithMetadata(new PublicEndpointMetadata(reason));
    }
}

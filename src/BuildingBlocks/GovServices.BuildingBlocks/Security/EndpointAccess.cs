using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

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
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAccess(new ScopeRequirement(scope, roles));

    /// <summary>The token must carry one of <paramref name="scopes"/>; the handler decides what each may see.</summary>
    public static TBuilder RequireAnyScope<TBuilder>(this TBuilder builder, params string[] scopes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAccess([.. scopes.Select(scope => new ScopeRequirement(scope, []))]);

    /// <summary>Any valid access token, whatever its scopes: for endpoints that only describe the caller.</summary>
    public static TBuilder RequireAuthenticatedCaller<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAccess(new ScopeRequirement(Scope: null, AnyOfRoles: []));

    /// <summary>
    /// The caller must meet one of <paramref name="alternatives"/>. The policy and the OpenAPI requirement are both
    /// made from them, so the document never declares a scope the endpoint does not serve.
    /// </summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, params ScopeRequirement[] alternatives)
        where TBuilder : IEndpointConventionBuilder
    {
        var required = new RequiredScopeMetadata(alternatives);
        var policy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => required.Admits(context.User))
            .Build();
        return builder
            .RequireAuthorization(policy)
            .WithMetadata(required);
    }

    /// <summary>Anyone may call the endpoint; <paramref name="reason"/> records why that was decided.</summary>
    public static TBuilder AllowPublicAccess<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return builder.AllowAnonymous().WithMetadata(new PublicEndpointMetadata(reason));
    }
}

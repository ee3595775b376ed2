using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Contracts;

/// <summary>
/// Endpoints of standards that authenticate with an API key instead of a token (Open311's <c>api_key</c>). Identity
/// issues the keys to registered clients and handles <see cref="Scheme"/>: a valid key yields the same caller a
/// client-credentials token of that client would, so use cases see the same <see cref="ICurrentActor"/>.
/// </summary>
public static class PartnerApiKeyAccess
{
    public const string Scheme = "PartnerApiKey";

    /// <summary>
    /// The one scope a key can carry, when its client is allowed it: filing complaints (Open311's POST requests). A key
    /// is a narrower credential than the client's secret.
    /// </summary>
    public const string KeyScope = "complaints.submit";

    /// <summary>The form argument that carries the key.</summary>
    public const string Parameter = "api_key";

    /// <summary>The caller must present a partner API key whose client is allowed <paramref name="scope"/>.</summary>
    public static TBuilder RequirePartnerApiKey<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder
    {
        var policy = new AuthorizationPolicyBuilder(Scheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(scope))
            .Build();
        return builder
            .RequireAuthorization(policy)
            .WithMetadata(new RequiredScopeMetadata([new ScopeRequirement(scope, [])]));
    }
}

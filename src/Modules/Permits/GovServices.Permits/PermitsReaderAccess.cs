using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using OpenIddict.Abstractions;

namespace GovServices.Permits;

/// <summary>
/// Reading applications is open to three kinds of caller with three scopes: applicants (permits.apply), officers
/// (permits.review) and auditors (audit.read). The handlers decide which applications each may see.
/// </summary>
internal static class PermitsReaderAccess
{
    public static TBuilder RequirePermitsReader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAuthorization(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(context =>
                    context.User.HasScope(PermitsScopes.Apply) || context.User.HasScope(PermitsScopes.Review) || context.User.HasScope(Scopes.AuditRead))
                .Build())
            .WithMetadata(new RequiredScopeMetadata(PermitsScopes.Apply, []));
}

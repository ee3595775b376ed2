using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using OpenIddict.Abstractions;

namespace GovServices.Calendar;

/// <summary>
/// The calendar's state is read by administrators and by the coordinator who answers for the SLAs (people, by role),
/// and by machine clients holding <c>identity.admin</c> (an operator's monitoring).
/// </summary>
internal static class CalendarReaderAccess
{
    public static TBuilder RequireCalendarReader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAuthorization(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireAssertion(context =>
                    context.User.HasScope(Scopes.IdentityAdmin)
                    || context.User.HasClaim(GovClaims.Role, Roles.Admin)
                    || context.User.HasClaim(GovClaims.Role, Roles.Coordinator))
                .Build())
            .WithMetadata(new RequiredScopeMetadata(Scopes.IdentityAdmin, []));
}

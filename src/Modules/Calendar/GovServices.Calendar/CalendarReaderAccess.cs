using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;

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
            .RequireAccess(
                new ScopeRequirement(Scopes.IdentityAdmin, []),
                new ScopeRequirement(Scope: null, AnyOfRoles: [Roles.Admin, Roles.Coordinator]));
}

using GovServices.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Calendar.ListYears;

internal static class ListCalendarYearsEndpoint
{
    private const string ListCalendarYearsDescription = "Each stored year with its status (decree, provisional), and this year and next (WITA) as missing when nothing is loaded for them. Administrators and coordinators (by role) and machine clients with identity.admin.";

    public static IEndpointRouteBuilder MapListCalendarYears(this IEndpointRouteBuilder group)
    {
        group.MapGet(CalendarApiPaths.Years, async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListCalendarYearsQuery(), cancellationToken)))
            .RequireCalendarReader()
            .Describe("ListCalendarYears", "The years of the working-day calendar and their status", ListCalendarYearsDescription)
            .Produces<CalendarYearList>();
        return group;
    }
}

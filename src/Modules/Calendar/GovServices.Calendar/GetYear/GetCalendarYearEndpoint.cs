using GovServices.BuildingBlocks.Http;
using GovServices.Calendar.Years;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Calendar.GetYear;

internal static class GetCalendarYearEndpoint
{
    private const string GetCalendarYearDescription = "404 calendar_year_not_found when nothing is loaded for the year. Readers as for the list.";

    public static IEndpointRouteBuilder MapGetCalendarYear(this IEndpointRouteBuilder group)
    {
        group.MapGet(CalendarApiPaths.Year, async (int year, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCalendarYearQuery(year), cancellationToken)).Match(TypedResults.Ok))
            .RequireCalendarReader()
            .Describe("GetCalendarYear", "One year of the working-day calendar, with its days", GetCalendarYearDescription)
            .Produces<CalendarYearDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}

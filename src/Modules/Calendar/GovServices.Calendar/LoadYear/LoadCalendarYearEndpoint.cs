using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Calendar.Years;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Calendar.LoadYear;

internal static class LoadCalendarYearEndpoint
{
    public const string CsvMediaType = "text/csv";

    public static IEndpointRouteBuilder MapLoadCalendarYear(this IEndpointRouteBuilder group)
    {
        group.MapPut(CalendarApiPaths.Year, async (int year, bool? force, string? status, HttpRequest request, IMediator mediator, CalendarYearSync sync, CancellationToken cancellationToken) =>
            {
                if (ParseStatus(status) is not { } parsedStatus)
                    return Invalid("status", Bilingual.Pick("status is decree (the default) or provisional.", "status bernilai decree (bawaan) atau provisional."));
                if (year is < 2000 or > 2100)
                    return Invalid("year", Bilingual.Pick("The year must be between 2000 and 2100.", "Tahun harus antara 2000 dan 2100."));

                using var reader = new StreamReader(request.Body);
                var csv = await reader.ReadToEndAsync(cancellationToken);
                var result = await mediator.Send(new LoadCalendarYearCommand(year, csv, parsedStatus, force ?? false), cancellationToken);
                if (result.IsSuccess)
                    await sync.RefreshAsync(cancellationToken);
                return result.Match(TypedResults.Ok);
            })
            .RequireScope(Scopes.IdentityAdmin, Roles.Admin)
            .Accepts<string>(CsvMediaType)
            .Describe("LoadCalendarYear", "Load a year's holidays and collective-leave days", LoadDescription)
            .Produces<CalendarYearDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private const string LoadDescription = """
        Administrators (role admin). The body is the year's file (Content-Type: text/csv, UTF-8): the header
        date,kind,name, then one line per day, date yyyy-MM-dd in that year, kind national or collective_leave, and the
        name. Every broken line is named in the 400 answer (errors by "line N"); a date listed twice is refused. The
        year becomes a decree (or, with status=provisional, a provisional calendar). It fills a missing year and
        replaces a provisional one; replacing a decree (an amended decree) needs force=true, else 409
        calendar_year_is_decree. Every instance uses it within Calendar:RefreshInterval, this one at once; due dates
        that were computed provisionally are computed again within a minute, each change noted in the record's
        history. Audited (calendar_year.loaded).
        """;

    private static CalendarYearStatus? ParseStatus(string? status) => status switch
    {
        null or "" or CalendarYearStatuses.Decree => CalendarYearStatus.Decree,
        CalendarYearStatuses.Provisional => CalendarYearStatus.Provisional,
        _ => null,
    };

    private static IResult Invalid(string field, string message) =>
        new Error("validation_failed", message, ErrorKind.Validation, new Dictionary<string, string[]> { [field] = [message] }).ToProblem();
}

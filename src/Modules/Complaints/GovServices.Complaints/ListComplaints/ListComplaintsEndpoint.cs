using System.Globalization;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.ListComplaints;

internal static class ListComplaintsEndpoint
{
    private const string ListComplaintsDescription = "Newest first, the complaints the caller may see: a citizen their own, a partner app those it filed, an officer those the complaint desk has dispositioned to their OPD (never while still submitted or verified), coordinators and auditors all. Filters: status, category, opd, from and to (filing dates, WITA, yyyy-MM-dd, inclusive), overdue=true (past the due date of the stage they are in). Cursor paging: limit (1–100, default 20) and the nextCursor of the previous page. Reporters are shown as when reading one complaint: an anonymous one hidden, NIKs masked.";

    public static IEndpointRouteBuilder MapListComplaints(this IEndpointRouteBuilder group)
    {
        group.MapGet(ComplaintsApiPaths.Complaints, async (
                    string? status, string? category, string? opd, string? from, string? to, string? overdue, int? limit, string? cursor,
                    IMediator mediator, CancellationToken cancellationToken) =>
                {
                    var errors = new Dictionary<string, string[]>();
                    if (status is not null && !ComplaintLifecycle.Statuses.Contains(status))
                        errors["status"] = [Bilingual.Pick($"The status must be one of: {string.Join(", ", ComplaintLifecycle.Statuses)}.", $"Status harus salah satu dari: {string.Join(", ", ComplaintLifecycle.Statuses)}.")];
                    var fromDate = ReadDate(from, "from", errors);
                    var toDate = ReadDate(to, "to", errors);
                    if (fromDate > toDate)
                        errors["to"] = [Bilingual.Pick("The end of the range comes before its start.", "Akhir rentang tanggal mendahului awalnya.")];
                    var overdueOnly = false;
                    if (overdue is not null && !bool.TryParse(overdue, out overdueOnly))
                        errors["overdue"] = [Bilingual.Pick("Use true or false.", "Gunakan true atau false.")];
                    var page = PageRequest.From(limit, cursor);
                    if (!page.IsSuccess)
                    {
                        foreach (var (field, messages) in page.Error.FieldErrors ?? new Dictionary<string, string[]>())
                            errors[field] = messages;
                    }

                    if (errors.Count > 0)
                        return Error.Validation(errors).ToProblem();

                    var query = new ListComplaintsQuery(status, category, opd, fromDate, toDate, overdueOnly, page.Value);
                    return (await mediator.Send(query, cancellationToken)).Match(found => TypedResults.Ok(found));
                })
            .RequireScope(ComplaintsScopes.Read)
            .Describe("ListComplaints", "List complaints", ListComplaintsDescription)
            .Produces<CursorPage<ComplaintSummary>>()
            .ProducesValidationProblem();
        return group;
    }

    private static DateOnly? ReadDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors[field] = [Bilingual.Pick("Give a date as yyyy-MM-dd.", "Isi tanggal dengan format yyyy-MM-dd.")];
        return null;
    }
}

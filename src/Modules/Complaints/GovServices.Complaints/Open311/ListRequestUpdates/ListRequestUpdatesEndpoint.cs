using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Open311.ListRequestUpdates;

/// <summary><c>GET servicerequestupdates</c>: the steps of public complaints as Open311 request updates.</summary>
internal static class ListRequestUpdatesEndpoint
{
    public static IEndpointRouteBuilder MapOpen311RequestUpdates(this IEndpointRouteBuilder group)
    {
        group.MapGet(Open311ApiPaths.RequestUpdates, async (string format, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!Open311Formats.TryParse(format, out var answerFormat))
                    return (IResult)Open311Formats.Unsupported(format);

                var query = request.Query;
                var found = await mediator.Send(new ListRequestUpdatesQuery(query["start_date"], query["end_date"], query["page"], query["page_size"]), cancellationToken);
                return found.IsSuccess
                    ? Open311Result.List(answerFormat, "service_request_updates", "request_update", [.. found.Value.Select(RequestUpdate)])
                    : Open311Errors.From(answerFormat, found.Error);
            })
            .AllowPublicAccess("The request-updates extension of GeoReport v2 lets anyone follow the steps of public service requests: never a confidential one, a note or a person. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .WithName("Open311ListRequestUpdates");
        return group;
    }

    private static IReadOnlyList<Open311Field> RequestUpdate(RequestUpdateRow row) =>
    [
        new("update_id", row.UpdateId.ToString()),
        new("service_request_id", row.TrackingCode),
        new("status", Open311Status.Of(row.ToStatus)),
        new("updated_datetime", row.UpdatedAt),
        new("description", row.Answer ?? Describe(row.Action)),
        // Photos of a step are not published yet (issue 16: media); the field is the extension's, so it is there, empty.
        new("media_url", null),
    ];

    /// <summary>What a step means to the public, in the request's language; the answer itself when the step was the answer.</summary>
    private static string Describe(string action) => action switch
    {
        ComplaintAction.Submit => Bilingual.Pick("Report received.", "Laporan diterima."),
        ComplaintAction.Verify => Bilingual.Pick("Report verified.", "Laporan diverifikasi."),
        ComplaintAction.Reject => Bilingual.Pick("Report rejected.", "Laporan ditolak."),
        ComplaintAction.Disposition => Bilingual.Pick("Forwarded to the responsible agency (OPD).", "Diteruskan ke OPD yang berwenang."),
        ComplaintAction.Start => Bilingual.Pick("The agency is working on it.", "Sedang ditangani OPD."),
        ComplaintAction.Resolve => Bilingual.Pick("Resolved.", "Selesai ditangani."),
        ComplaintAction.Close or ComplaintAction.AutoClose => Bilingual.Pick("Closed.", "Laporan ditutup."),
        ComplaintAction.Reopen => Bilingual.Pick("Reopened.", "Laporan dibuka kembali."),
        ComplaintAction.Withdraw => Bilingual.Pick("Withdrawn by the reporter.", "Ditarik oleh pelapor."),
        _ => Bilingual.Pick("Status changed.", "Status berubah."),
    };
}

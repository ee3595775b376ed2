using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace GovServices.Payments.Reconciliation;

internal static class UploadSettlementEndpoint
{
    public const string CsvMediaType = "text/csv";

    /// <summary>A day's settlement of one bank is thousands of rows; ten megabytes leaves room and bounds memory.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private const string UploadSettlementDescription = """
        Query: channel (the bank channel's client id) and settlementDate (YYYY-MM-DD, the bank's day). The body is
        the CSV file (Content-Type: text/csv, UTF-8, RFC 4180, at most 10 MB) with a header naming, in any order
        and case: payment_request_id, virtual_account_no, amount (whole rupiah, 150000 or 150000.00), paid_at
        (ISO 8601 with offset), and optionally currency (IDR). Other columns are ignored. Answers the report:
        matched rows, rows paid at the bank but unknown here, payments recorded here that day but missing from the
        file, amount mismatches, and per-row errors (bad rows are left out, the rest is reconciled). Discrepancies
        stay open until resolved. The same file uploaded again answers its first report (200) and changes nothing.
        """;

    public static IEndpointRouteBuilder MapUploadSettlement(this IEndpointRouteBuilder group)
    {
        group.MapPost(PaymentsApiPaths.Reconciliations, async (string? channel, DateOnly? settlementDate, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
                    || !mediaType.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase))
                {
                    return Invalid("Content-Type", Bilingual.Pick("Send the file as the request body with Content-Type: text/csv (UTF-8).", "Kirim berkas sebagai isi permintaan dengan Content-Type: text/csv (UTF-8)."));
                }

                if (string.IsNullOrWhiteSpace(channel))
                    return Invalid("channel", Bilingual.Pick("Give the bank channel (its client id).", "Isi kanal bank (client id)."));
                if (settlementDate is null)
                    return Invalid("settlementDate", Bilingual.Pick("Give the settlement date, YYYY-MM-DD.", "Isi tanggal setelmen, YYYY-MM-DD."));

                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, cancellationToken);
                var fileName = request.Headers.ContentDisposition is [{ } disposition]
                    && ContentDispositionHeaderValue.TryParse(disposition, out var parsed)
                    ? parsed.FileName.Value?.Trim('"')
                    : null;
                var result = await mediator.Send(new UploadSettlementCommand(channel.Trim(), settlementDate.Value, buffer.ToArray(), fileName), cancellationToken);
                return result.Match(reconciled => reconciled.Created
                    ? TypedResults.Created($"{PaymentsApiPaths.Group}{PaymentsApiPaths.Reconciliations}/{reconciled.Report.Id}", reconciled.Report)
                    : (IResult)TypedResults.Ok(reconciled.Report));
            })
            .RequireScope(PaymentsScopes.Manage)
            .WithMetadata(new SettlementSizeLimit())
            .Accepts<string>(CsvMediaType)
            .Describe("UploadSettlement", "Reconcile the bank's daily settlement file", UploadSettlementDescription)
            .Produces<ReconciliationReport>(StatusCodes.Status201Created)
            .Produces<ReconciliationReport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static IResult Invalid(string field, string message) =>
        new Error("settlement_upload_invalid", message, ErrorKind.Validation, new Dictionary<string, string[]> { [field] = [message] }).ToProblem();

    private sealed class SettlementSizeLimit : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => MaxFileBytes;
    }
}

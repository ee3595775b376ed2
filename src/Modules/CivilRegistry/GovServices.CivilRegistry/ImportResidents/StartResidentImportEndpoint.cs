using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace GovServices.CivilRegistry.ImportResidents;

internal static class StartResidentImportEndpoint
{
    public const string CsvMediaType = "text/csv";

    private const string StartResidentImportDescription = """
        The body is the CSV file itself (Content-Type: text/csv), RFC 4180, UTF-8 with or without BOM, of any size.
        The header names the columns, in any order and any case: nik, kk, full_name, birth_place, birth_date
        (YYYY-MM-DD), sex (L or P), religion, marital_status, occupation, street, rt, rw, kelurahan, kecamatan,
        status (active, moved or deceased; empty means active). occupation, street and status may be empty.
        Answers 202 with the job id; follow progress and the per-row error report at imports/{id}.
        Rows upsert by NIK: valid rows land even when others fail, and importing the same file again changes nothing.
        """;

    public static IEndpointRouteBuilder MapStartResidentImport(this IEndpointRouteBuilder group, CivilRegistryOptions options)
    {
        group.MapPost(CivilRegistryApiPaths.Imports, async (HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!IsUtf8Csv(request.ContentType))
                {
                    return new Error(
                        "csv_required",
                        "Send the file as the request body with Content-Type: text/csv (UTF-8, with or without BOM).",
                        ErrorKind.Validation,
                        new Dictionary<string, string[]> { ["Content-Type"] = ["Expected text/csv; charset=utf-8."] }).ToProblem();
                }

                var fileName = request.Headers.ContentDisposition is [{ } disposition]
                    && ContentDispositionHeaderValue.TryParse(disposition, out var parsed)
                    ? parsed.FileName.Value?.Trim('"')
                    : null;
                var result = await mediator.Send(new StartResidentImportCommand(request.Body, fileName), cancellationToken);
                return result.Match(accepted => TypedResults.Accepted($"{CivilRegistryApiPaths.Group}{CivilRegistryApiPaths.Imports}/{accepted.Id}", accepted));
            })
            .RequireScope(CivilRegistryScopes.Import)
            .WithMetadata(new ImportSizeLimit(options.Import.MaxFileBytes))
            .Accepts<string>(CsvMediaType)
            .Describe("StartResidentImport", "Import residents from a CSV file (runs in the background)", StartResidentImportDescription)
            .Produces<ResidentImportAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();
        return group;
    }

    private static bool IsUtf8Csv(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase)
        && (mediaType.Charset.Length == 0 || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>Lifts the host's request body limit for this endpoint: files of any size (or the configured maximum).</summary>
    private sealed class ImportSizeLimit(long? maxFileBytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => maxFileBytes;
    }
}

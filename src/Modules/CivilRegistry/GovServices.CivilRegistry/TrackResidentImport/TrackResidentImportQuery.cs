using System.Globalization;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.ImportResidents;
using Mediator;

namespace GovServices.CivilRegistry.TrackResidentImport;

/// <summary>An import's progress and one page of its error report. Only the client that started it may see it.</summary>
/// <param name="Id">The job.</param>
/// <param name="Limit">The size of the error page (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous error page's cursor: the last error's number.</param>
internal sealed record TrackResidentImportQuery(Guid Id, int? Limit = null, string? Cursor = null) : IQuery<Result<ResidentImportReport>>;

/// <summary>Where an import stands.</summary>
/// <param name="Id">The job.</param>
/// <param name="Status">Receiving, Queued, Running, Completed or Failed.</param>
/// <param name="FileName">The name sent in Content-Disposition, if any.</param>
/// <param name="FileBytes">The file's size.</param>
/// <param name="RequestedAt">When it was uploaded.</param>
/// <param name="StartedAt">When a worker took it up.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="RowsInserted">New residents.</param>
/// <param name="RowsUpdated">Residents whose record changed.</param>
/// <param name="RowsUnchanged">Rows equal to the stored record.</param>
/// <param name="RowsFailed">Rows not imported; see <paramref name="Errors"/>.</param>
/// <param name="ErrorsRecorded">Errors in the report (capped; more rows may have failed).</param>
/// <param name="FailureReason">Why a failed import stopped before the end of the file.</param>
/// <param name="Errors">One page of the error report, in file order.</param>
internal sealed record ResidentImportReport(
    Guid Id,
    string Status,
    string? FileName,
    long FileBytes,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    long RowsRead,
    long RowsInserted,
    long RowsUpdated,
    long RowsUnchanged,
    long RowsFailed,
    int ErrorsRecorded,
    string? FailureReason,
    CursorPage<ResidentImportErrorView> Errors);

/// <param name="Row">The CSV row; the header is row 1.</param>
/// <param name="Field">The column at fault, when one is.</param>
/// <param name="Reason">What is wrong.</param>
internal sealed record ResidentImportErrorView(long Row, string? Field, string Reason);

internal sealed class TrackResidentImportHandler(IDbConnectionFactory connections, ICurrentActor actor)
    : IQueryHandler<TrackResidentImportQuery, Result<ResidentImportReport>>
{
    public async ValueTask<Result<ResidentImportReport>> Handle(TrackResidentImportQuery query, CancellationToken cancellationToken)
    {
        var errorPage = PageRequest.Of(query.Limit, query.Cursor);
        var afterErrorNumber = errorPage.After is { } after ? int.Parse(after, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var job = await connection.QuerySingleOrDefaultAsync<ImportJobRow>(new CommandDefinition(
            ResidentImportSql.SelectJob, new { id = query.Id }, cancellationToken: cancellationToken));
        // Another client's import is as good as absent: its existence is not disclosed.
        if (job is null || job.RequestedByClientId != actor.ClientId)
            return Error.NotFound("import_not_found", Bilingual.Pick("No import with this id was started by this client.", "Klien ini tidak pernah memulai impor dengan id ini."));

        var errors = (await connection.QueryAsync<ImportErrorRow>(new CommandDefinition(
            ResidentImportSql.SelectErrorPage(connections.Dialect),
            new { job_id = query.Id, after_error_number = afterErrorNumber, limit = errorPage.Limit + 1 },
            cancellationToken: cancellationToken))).ToList();
        var page = errorPage.ToPage(errors, error => error.ErrorNumber.ToString(CultureInfo.InvariantCulture));

        return new ResidentImportReport(
            job.Id, job.Status, job.FileName, job.FileBytes, job.RequestedAt, job.StartedAt, job.FinishedAt,
            job.RowsRead, job.RowsInserted, job.RowsUpdated, job.RowsUnchanged, job.RowsFailed, job.ErrorsRecorded, job.FailureReason,
            new CursorPage<ResidentImportErrorView>(page.Items.Select(error => new ResidentImportErrorView(error.RowNumber, error.Field, error.Reason)).ToList(), page.NextCursor));
    }

    private sealed class ImportJobRow
    {
        public Guid Id { get; init; }

        public string Status { get; init; } = "";

        public string? FileName { get; init; }

        public long FileBytes { get; init; }

        public string? RequestedByClientId { get; init; }

        public DateTimeOffset RequestedAt { get; init; }

        public DateTimeOffset? StartedAt { get; init; }

        public DateTimeOffset? FinishedAt { get; init; }

        public long RowsRead { get; init; }

        public long RowsInserted { get; init; }

        public long RowsUpdated { get; init; }

        public long RowsUnchanged { get; init; }

        public long RowsFailed { get; init; }

        public int ErrorsRecorded { get; init; }

        public string? FailureReason { get; init; }
    }

    private sealed class ImportErrorRow
    {
        public int ErrorNumber { get; init; }

        public long RowNumber { get; init; }

        public string? Field { get; init; }

        public string Reason { get; init; } = "";
    }
}

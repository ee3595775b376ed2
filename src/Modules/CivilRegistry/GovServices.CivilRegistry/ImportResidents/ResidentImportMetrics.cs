using System.Diagnostics.Metrics;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Observability;
using Microsoft.Extensions.Logging;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// Resident imports that are queued or running, as gauges per job: the rows read so far and the file's size. A CSV
/// file's row count is known only once it has been read to its end, so the size is the total that the rows are read
/// from; the job's own report (<c>GET /api/v1/civil-registry/imports/{id}</c>) has the rest. Jobs are read from the
/// database, so every instance reports the imports of all of them.
/// </summary>
internal sealed class ResidentImportMetrics
{
    public const string MeterName = "GovServices.CivilRegistry";

    private readonly IDbConnectionFactory _connections;
    private readonly CachedReading<IReadOnlyList<UnfinishedImport>> _imports;

    public ResidentImportMetrics(IMeterFactory meters, IDbConnectionFactory connections, ILogger<ResidentImportMetrics> logger)
    {
        _connections = connections;
        _imports = new CachedReading<IReadOnlyList<UnfinishedImport>>("the unfinished resident imports", ReadAsync, logger);

        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge(
            "govservices.civil_registry.import.rows_read",
            () => Measure(import => import.RowsRead),
            unit: "{row}",
            description: "Data rows of a queued or running resident import read so far (each inserted, updated, unchanged or failed).");
        meter.CreateObservableGauge(
            "govservices.civil_registry.import.file_size",
            () => Measure(import => import.FileBytes),
            unit: "By",
            description: "The uploaded CSV file of a queued or running resident import.");
    }

    private IEnumerable<Measurement<long>> Measure(Func<UnfinishedImport, long> value) =>
        (_imports.Current() ?? []).Select(import => new Measurement<long>(
            value(import),
            new KeyValuePair<string, object?>("job_id", import.Id.ToString()),
            new KeyValuePair<string, object?>("status", import.Status.ToLowerInvariant())));

    private async Task<IReadOnlyList<UnfinishedImport>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<UnfinishedImport>(new CommandDefinition(
            ResidentImportSql.SelectUnfinished,
            new { queued = nameof(ImportJobStatus.Queued), running = nameof(ImportJobStatus.Running) },
            cancellationToken: cancellationToken))).ToList();
    }

    private sealed class UnfinishedImport
    {
        public Guid Id { get; init; }

        public string Status { get; init; } = "";

        public long FileBytes { get; init; }

        public long RowsRead { get; init; }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Dapper;
using GovServices.Audit.Sealing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Observability;
using Microsoft.Extensions.Logging;

namespace GovServices.Audit.Monitoring;

/// <summary>
/// Each module's hash chain as gauges: how far it is sealed, how many records wait for the sealer, and the verdict of
/// the last verification this instance ran. An unsealed count that keeps growing means the sealer is stopped; a
/// verdict of 0 means a sealed record was changed, removed or moved, and is the alert auditors care about.
/// </summary>
internal sealed class AuditChainMetrics
{
    public const string MeterName = "GovServices.Audit";

    private readonly IDbConnectionFactory _connections;
    private readonly AuditTrailCatalog _catalog;
    private readonly CachedReading<IReadOnlyList<ChainProgress>> _progress;
    private readonly ConcurrentDictionary<string, bool> _lastVerification = new(StringComparer.Ordinal);

    public AuditChainMetrics(IMeterFactory meters, IDbConnectionFactory connections, AuditTrailCatalog catalog, ILogger<AuditChainMetrics> logger)
    {
        _connections = connections;
        _catalog = catalog;
        _progress = new CachedReading<IReadOnlyList<ChainProgress>>("the audit chains' progress", ReadAsync, logger);

        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge(
            "govservices.audit.chain.sealed_position",
            () => Measure(progress => progress.SealedPosition),
            unit: "{record}",
            description: "The last chain position sealed in a module's hash chain: how many of its audit records are sealed.");
        meter.CreateObservableGauge(
            "govservices.audit.chain.unsealed",
            () => Measure(progress => progress.Unsealed),
            unit: "{record}",
            description: "A module's audit records that have no chain position yet: what waits for the sealer.");
        meter.CreateObservableGauge(
            "govservices.audit.chain.last_verification_intact",
            () => _lastVerification.Select(verdict => new Measurement<int>(
                verdict.Value ? 1 : 0, new KeyValuePair<string, object?>("module", verdict.Key))),
            unit: null,
            description: "The last verification of a module's chain on this instance since it started: 1 intact, 0 broken; absent before the first.");
    }

    /// <summary>Keeps the verdict of a verification an auditor asked for, until the next one.</summary>
    public void RecordVerification(string module, bool intact) => _lastVerification[module] = intact;

    private IEnumerable<Measurement<long>> Measure(Func<ChainProgress, long> value) =>
        (_progress.Current() ?? []).Select(progress => new Measurement<long>(
            value(progress), new KeyValuePair<string, object?>("module", progress.Module)));

    private async Task<IReadOnlyList<ChainProgress>> ReadAsync(CancellationToken cancellationToken)
    {
        var chains = new List<ChainProgress>(_catalog.Modules.Count);
        await using var connection = await _connections.OpenConnectionAsync(cancellationToken);
        foreach (var module in _catalog.Modules)
        {
            var lastBatch = await connection.QuerySingleOrDefaultAsync<SealBatch>(new CommandDefinition(
                AuditChainSql.SelectLastBatch(module, _connections.Dialect), new { one = 1 }, cancellationToken: cancellationToken));
            var records = 0L;
            foreach (var table in _catalog.TablesOf(module))
            {
                records += await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    AuditChainSql.CountRecords(table), cancellationToken: cancellationToken));
            }

            var sealedPosition = lastBatch?.LastPosition ?? 0;
            chains.Add(new ChainProgress(module, sealedPosition, Math.Max(0, records - sealedPosition)));
        }

        return chains;
    }

    private sealed record ChainProgress(string Module, long SealedPosition, long Unsealed);
}

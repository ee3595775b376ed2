using System.Diagnostics.Metrics;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Observability;
using Microsoft.Extensions.Logging;

namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// Each module schema's outbox as gauges: messages waiting to be delivered, how long the oldest has waited, and
/// messages given up after their last attempt. A growing age is the first sign that integration events (a paid
/// invoice that should issue a permit) are stuck; poisoned messages need a person.
/// </summary>
internal sealed class OutboxMetrics
{
    public const string MeterName = "GovServices.Messaging";

    private readonly IDbConnectionFactory _connections;
    private readonly IReadOnlyList<string> _schemas;
    private readonly TimeProvider _clock;
    private readonly CachedReading<IReadOnlyList<OutboxBacklog>> _backlog;

    public OutboxMetrics(
        IMeterFactory meters, IDbConnectionFactory connections, IEnumerable<ModuleSchema> schemas, TimeProvider clock, ILogger<OutboxMetrics> logger)
    {
        _connections = connections;
        _schemas = schemas.Select(schema => schema.Name).Distinct(StringComparer.Ordinal).ToList();
        _clock = clock;
        _backlog = new CachedReading<IReadOnlyList<OutboxBacklog>>("the outbox backlog", ReadAsync, logger);

        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge(
            "govservices.outbox.pending",
            () => Measure(backlog => backlog.Pending),
            unit: "{message}",
            description: "Messages in a module schema's outbox not yet delivered to every subscriber.");
        meter.CreateObservableGauge(
            "govservices.outbox.oldest_pending_age",
            () => Measure(backlog => backlog.OldestOccurredAt is { } oldest ? Math.Max(0, (_clock.GetUtcNow() - oldest).TotalSeconds) : 0),
            unit: "s",
            description: "How long the oldest undelivered message of a module schema's outbox has waited; 0 when none waits.");
        meter.CreateObservableGauge(
            "govservices.outbox.poisoned",
            () => Measure(backlog => backlog.Poisoned),
            unit: "{message}",
            description: "Messages of a module schema's outbox given up after Outbox:MaxAttempts failed deliveries.");
    }

    private IEnumerable<Measurement<TValue>> Measure<TValue>(Func<OutboxBacklog, TValue> value)
        where TValue : struct =>
        (_backlog.Current() ?? []).Select(backlog => new Measurement<TValue>(value(backlog), new KeyValuePair<string, object?>("schema", backlog.Schema)));

    /// <summary>Each module schema's backlog read now, not the gauges' cached reading (the Command Centre's integrity panel).</summary>
    internal Task<IReadOnlyList<OutboxBacklog>> ReadBacklogAsync(CancellationToken cancellationToken) => ReadAsync(cancellationToken);

    private async Task<IReadOnlyList<OutboxBacklog>> ReadAsync(CancellationToken cancellationToken)
    {
        var backlogs = new List<OutboxBacklog>(_schemas.Count);
        await using var connection = await _connections.OpenConnectionAsync(cancellationToken);
        foreach (var schema in _schemas)
        {
            var pending = await connection.QuerySingleAsync<PendingRow>(new CommandDefinition(
                OutboxSql.SelectPending(schema), cancellationToken: cancellationToken));
            var poisoned = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                OutboxSql.CountPoisoned(schema), cancellationToken: cancellationToken));
            backlogs.Add(new OutboxBacklog(schema, pending.Pending, pending.OldestOccurredAt, poisoned));
        }

        return backlogs;
    }

    /// <summary>One schema's outbox: messages waiting, since when the oldest waits, and messages given up.</summary>
    internal sealed record OutboxBacklog(string Schema, long Pending, DateTimeOffset? OldestOccurredAt, long Poisoned);

    private sealed class PendingRow
    {
        public long Pending { get; init; }

        public DateTimeOffset? OldestOccurredAt { get; init; }
    }
}

using System.Reflection;
using Dapper;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Host.Instances;

/// <summary>
/// The host processes running on this database (docs/adr/0069): each announces itself under an id of its own and
/// refreshes its row every <see cref="InstanceOptions.HeartbeatInterval"/>; one not seen for
/// <see cref="InstanceOptions.AliveWithin"/> is no longer counted as alive (it stopped, was killed or lost the database).
/// Only its own process writes a row, so the writes never contend with each other; on SQLite they still take their
/// turn among the process's writers (ADR 0021), since a write outside the queue meets a queued one in SQLite's busy
/// handler, which sleeps, and every writer in line behind that one waits with it.
/// </summary>
internal sealed class InstanceRegistry(IDbConnectionFactory connections, ISqlDialect dialect, InstanceOptions options, TimeProvider clock)
{
    internal static readonly string[] Columns = ["id", "host_name", "process_id", "version", "started_at", "last_seen_at"];

    private readonly DateTimeOffset _startedAt = clock.GetUtcNow();

    /// <summary>This process: the machine's name, its process id and a random part, since containers reuse both.</summary>
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}";

    public async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        await using var turn = await connections.WaitForWriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert(InstanceSql.Table, Columns, ["id"]),
            new
            {
                id = Id,
                host_name = Environment.MachineName,
                process_id = Environment.ProcessId,
                version = Version,
                started_at = _startedAt,
                last_seen_at = now,
            },
            transaction,
            cancellationToken: cancellationToken));
        // Forget the ones gone for a day: a restarted container comes back under a new id.
        await connection.ExecuteAsync(new CommandDefinition(
            InstanceSql.DeleteGone, new { before = now - options.ForgetAfter }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A graceful stop leaves at once rather than after <see cref="InstanceOptions.AliveWithin"/>.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await using var turn = await connections.WaitForWriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InstanceSql.Delete, new { id = Id }, cancellationToken: cancellationToken));
    }

    /// <summary>The instances seen lately, this one marked, the longest running first.</summary>
    public async Task<IReadOnlyList<InstanceView>> AliveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<InstanceRow>(new CommandDefinition(
            InstanceSql.SelectSeenSince, new { since = clock.GetUtcNow() - options.AliveWithin }, cancellationToken: cancellationToken));
        return [.. rows.Select(row => new InstanceView(row.HostName, row.ProcessId, row.Version, row.StartedAt, row.LastSeenAt, row.Id == Id))];
    }

    private static string Version { get; } =
        typeof(InstanceRegistry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private sealed class InstanceRow
    {
        public string Id { get; init; } = "";

        public string HostName { get; init; } = "";

        public int ProcessId { get; init; }

        public string Version { get; init; } = "";

        public DateTimeOffset StartedAt { get; init; }

        public DateTimeOffset LastSeenAt { get; init; }
    }
}

/// <summary>A host process seen lately.</summary>
/// <param name="HostName">The machine or container it runs on.</param>
/// <param name="ProcessId">Its process id there.</param>
/// <param name="Version">The build it runs.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="LastSeenAt">Its last heartbeat (UTC).</param>
/// <param name="Current">The instance that answered this request.</param>
internal sealed record InstanceView(string HostName, int ProcessId, string Version, DateTimeOffset StartedAt, DateTimeOffset LastSeenAt, bool Current);

using System.Threading.Channels;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>
/// Commits the access trail in groups (ADR 0026). Every verification and lookup writes one record, and partner apps
/// verify on every sign-up: one transaction per record made every call wait in line for the database's single
/// writer (SQLite) and for its own log flush. Here the records of concurrent calls wait together and commit in one
/// transaction; each call is answered only after its record is committed, and when the commit fails every call of
/// the group fails — nothing is answered without its record (ADR 0009).
/// </summary>
internal sealed partial class AccessTrailWriter(
    IServiceScopeFactory scopes,
    DatabaseOptions databaseOptions,
    ILogger<AccessTrailWriter> logger) : BackgroundService
{
    // A group is whatever arrived while the previous one committed; the cap bounds one transaction's length.
    private const int MaxRecordsPerCommit = 256;

    private readonly Channel<PendingRecord> _pending = Channel.CreateUnbounded<PendingRecord>(
        new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Returns once the record is committed; throws when it could not be.</summary>
    public async Task AppendAsync(AccessRecord record, CancellationToken cancellationToken)
    {
        var pending = new PendingRecord(record);
        if (!_pending.Writer.TryWrite(pending))
            throw new InvalidOperationException("The access trail no longer accepts records: the host is stopping.");

        // A caller that gives up still leaves its record to commit: the access was attempted.
        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Records already accepted are still committed before the host stops.
        _pending.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<PendingRecord>(MaxRecordsPerCommit);
        while (await _pending.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (group.Count < MaxRecordsPerCommit && _pending.Reader.TryRead(out var next))
                group.Add(next);

            await CommitAsync(group);
            group.Clear();
        }
    }

    private async Task CommitAsync(List<PendingRecord> group)
    {
        try
        {
            // The write turn (SQLite, ADR 0021) is bounded: a caller that asks for a record while holding the turn
            // itself would otherwise wait forever; it fails after the busy timeout, as a nested SQLite write does.
            using var turnTimeout = new CancellationTokenSource(databaseOptions.SqliteBusyTimeout);
            await using (var scope = scopes.CreateAsyncScope())
            {
                var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
                await unitOfWork.BeginAsync(turnTimeout.Token);
                // One prepared statement, executed once per record.
                await unitOfWork.ExecuteAsync(AccessLogSql.Insert, group.Select(pending => pending.Record), CancellationToken.None);
                await unitOfWork.CommitAsync(CancellationToken.None);
            }

            foreach (var pending in group)
                pending.Committed.TrySetResult();
        }
        catch (Exception exception)
        {
            LogCommitFailed(exception, group.Count);
            foreach (var pending in group)
                pending.Committed.TrySetException(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not commit {Count} access-trail records; their calls were refused")]
    private partial void LogCommitFailed(Exception exception, int count);

    private sealed class PendingRecord(AccessRecord record)
    {
        public AccessRecord Record { get; } = record;

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

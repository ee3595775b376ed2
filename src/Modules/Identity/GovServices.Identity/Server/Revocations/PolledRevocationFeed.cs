using System.Diagnostics;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Identity.Server.Revocations;

/// <summary>
/// SQLite and SQL Server: every <see cref="GovIdentityOptions.RevocationPollInterval"/>, one query per instance reads
/// the revocations written after the last one it read, evicts them, and confirms the cache as of the moment the read
/// began (ADR 0073). SQLite needs it too, not only the in-process eviction: several hosts may share one data directory
/// (the tests run two). A failed read leaves the cache unconfirmed, so every call reads the database until a read
/// succeeds; that read clears the cache, whatever was missed in between.
/// </summary>
internal sealed partial class PolledRevocationFeed(
    IDbConnectionFactory connections,
    TokenStatusCache cache,
    GovIdentityOptions options,
    ILogger<PolledRevocationFeed> logger) : BackgroundService
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    private long _position;
    private bool _failing;
    private long _prunedAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _prunedAt = Stopwatch.GetTimestamp();
        // Real time, not the host's clock: the 1 s is real (a test's fake clock does not move on its own).
        using var timer = new PeriodicTimer(options.RevocationPollInterval);
        try
        {
            do
            {
                await ReadLoggingFailureAsync(stoppingToken);
                await PruneLoggingFailureAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Reads and applies the revocations after the last position read; answers how many there were.</summary>
    public async Task<int> ReadAsync(CancellationToken cancellationToken)
    {
        var startedAt = Stopwatch.GetTimestamp();
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var settled = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            TokenRevocationSql.SelectSettledPosition(connections.Dialect), cancellationToken: cancellationToken));
        var revoked = (await connection.QueryAsync<RevokedEntry>(new CommandDefinition(
            TokenRevocationSql.SelectAfter(connections.Dialect), new { after = _position }, cancellationToken: cancellationToken))).AsList();

        foreach (var entry in revoked)
            entry.ApplyTo(cache);
        _position = Math.Max(_position, settled);
        cache.Confirm(startedAt);
        return revoked.Count;
    }

    private async Task ReadLoggingFailureAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_failing)
                cache.Clear();
            await ReadAsync(cancellationToken);
            if (_failing)
                LogFeedBack();
            _failing = false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            cache.Distrust();
            if (!_failing)
                LogFeedLost(exception);
            _failing = true;
        }
    }

    private async Task PruneLoggingFailureAsync(CancellationToken cancellationToken)
    {
        if (Stopwatch.GetElapsedTime(_prunedAt) < PruneEvery)
            return;
        _prunedAt = Stopwatch.GetTimestamp();
        try
        {
            await using var connection = await connections.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                TokenRevocationSql.DeleteOlderThan(connections.Dialect), new { keep_seconds = (long)KeepFor.TotalSeconds }, cancellationToken: cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPruneFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The token revocation feed could not be read: every API call checks its token in the database until it can")]
    private partial void LogFeedLost(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The token revocation feed is read again: token statuses are cached again")]
    private partial void LogFeedBack();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Old token revocations could not be deleted; the next prune tries again")]
    private partial void LogPruneFailed(Exception exception);
}

using System.Diagnostics;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovServices.Identity.Server.Revocations;

/// <summary>
/// PostgreSQL: one connection per instance LISTENs on the channel the identity triggers NOTIFY on when a token or an
/// authorization stops being valid; PostgreSQL delivers each notification when its transaction commits (ADR 0073).
/// Every <see cref="GovIdentityOptions.RevocationPollInterval"/> the connection answers a <c>SELECT 1</c>, which comes
/// after every notification queued before it, and so confirms the cache as of the moment it was sent. A lost
/// connection (a restart, a network cut, <c>pg_terminate_backend</c>) leaves the cache unconfirmed: every call reads
/// the database until the listener is back; it clears the cache once it listens again, since notifications sent in
/// between are lost.
/// </summary>
internal sealed partial class PostgreSqlRevocationListener(
    DatabaseOptions database,
    TokenStatusCache cache,
    GovIdentityOptions options,
    ILogger<PostgreSqlRevocationListener> logger) : BackgroundService
{
    public const string Channel = "govservices_token_revocations";

    /// <summary>The <c>application_name</c> of the listening connections, for operators (and a test) to find them.</summary>
    public const string ApplicationName = "govservices-token-revocations";

    private int _backendProcessId;

    /// <summary>The server process of the current listening connection; 0 while there is none.</summary>
    public int BackendProcessId => Volatile.Read(ref _backendProcessId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lost = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() =>
                {
                    if (lost)
                        LogListenerBack();
                    lost = false;
                }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                cache.Distrust();
                Volatile.Write(ref _backendProcessId, 0);
                if (!lost)
                    LogListenerLost(exception);
                lost = true;
                await DelayAsync(options.RevocationPollInterval, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(Action listening, CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            ApplicationName = ApplicationName,
            // Its own connection, never handed back to a pool: a LISTEN belongs to one session.
            Pooling = false,
            Timeout = 5,
            CommandTimeout = 5,
        }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) => Apply(notification.Payload);

        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        // Whatever was cached before this session listened may have been revoked while nobody did.
        cache.Clear();
        Volatile.Write(ref _backendProcessId, connection.ProcessID);
        listening();

        await using var ping = new NpgsqlCommand("SELECT 1", connection);
        while (!stoppingToken.IsCancellationRequested)
        {
            var sentAt = Stopwatch.GetTimestamp();
            await ping.ExecuteScalarAsync(stoppingToken);
            cache.Confirm(sentAt);
            // Notifications arriving while it waits are applied by the Notification handler.
            await connection.WaitAsync(options.RevocationPollInterval, stoppingToken);
        }
    }

    private void Apply(string payload)
    {
        var entry = payload switch
        {
            ['t', ':', .. var id] => new RevokedEntry { TokenId = id },
            ['a', ':', .. var id] => new RevokedEntry { AuthorizationId = id },
            _ => new RevokedEntry(),
        };
        entry.ApplyTo(cache);
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop ends.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The token revocation listener lost its connection: every API call checks its token in the database until it is back")]
    private partial void LogListenerLost(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The token revocation listener is back: token statuses are cached again")]
    private partial void LogListenerBack();
}

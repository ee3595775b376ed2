using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace GovServices.BuildingBlocks.Data;

/// <summary>
/// A lock that every host instance on one database takes by name, so that a start-up task which reads and then
/// writes (migrations, demo data, the first key of a key ring) runs on one instance at a time, and the next one finds
/// the work done. Several instances of a fresh deployment start at the same moment: without it the second crashed on
/// a duplicate key while seeding, or created a second key ring the first did not know (docs/adr/0031).
/// PostgreSQL: a session advisory lock; SQL Server: a session application lock; SQLite: an exclusive lock on a file in
/// the data directory, which other processes and other hosts of this process on the same directory respect.
/// Held until disposed; the server releases a database lock by itself when the instance dies.
/// </summary>
public sealed class StartupLock(DatabaseOptions options, IDbConnectionFactory connections)
{
    /// <summary>The name migrations take.</summary>
    public const string Migrations = "migrations";

    // The number the migrator took before locks had names: an instance of the previous release starting meanwhile
    // still waits for this one.
    private const long LegacyMigrationLockKey = 0x60_5E_21_CE;

    // Session locks, released by the statement below or by closing the connection; -1 waits as long as it takes.
    internal const string SqlServerAcquire =
        "EXEC sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1";

    internal const string SqlServerRelease = "EXEC sp_releaseapplock @Resource = @resource, @LockOwner = 'Session'";

    private static readonly TimeSpan FileRetryDelay = TimeSpan.FromMilliseconds(50);

    /// <summary>Waits until this instance holds the lock <paramref name="name"/>; dispose the result to release it.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => await AcquireFileAsync(name, cancellationToken),
            DatabaseProvider.PostgreSql => await AcquireDatabaseAsync(
                "SELECT pg_advisory_lock(@key)", "SELECT pg_advisory_unlock(@key)", new { key = KeyOf(name) }, cancellationToken),
            DatabaseProvider.SqlServer => await AcquireDatabaseAsync(
                SqlServerAcquire, SqlServerRelease, new { resource = "govservices-" + name }, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
        };
    }

    /// <summary>A stable 64-bit key for PostgreSQL's advisory locks: the first bytes of the name's SHA-256.</summary>
    internal static long KeyOf(string name) =>
        name == Migrations
            ? LegacyMigrationLockKey
            : BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("govservices:" + name)), 0);

    private async Task<IAsyncDisposable> AcquireDatabaseAsync(string acquire, string release, object parameters, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenConnectionAsync(cancellationToken);
        try
        {
            // No command timeout: the lock is held as long as the other instance's task runs (a migration can be long).
            await connection.ExecuteAsync(new CommandDefinition(acquire, parameters, commandTimeout: 0, cancellationToken: cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new HeldDatabaseLock(connection, release, parameters);
    }

    private async Task<IAsyncDisposable> AcquireFileAsync(string name, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"startup-{name}.lock");
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive lock on the open file (flock on Unix), which a process that dies
                // loses with its handles.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
            }
            catch (IOException)
            {
                await Task.Delay(FileRetryDelay, cancellationToken);
            }
        }
    }

    private sealed class HeldDatabaseLock(DbConnection connection, string release, object parameters) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(release, parameters));
            }
            finally
            {
                // Closing the session releases the lock too, if the statement above did not get through.
                await connection.DisposeAsync();
            }
        }
    }
}

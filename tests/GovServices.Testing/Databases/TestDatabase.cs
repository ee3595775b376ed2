using GovServices.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;

namespace GovServices.Testing.Databases;

/// <summary>
/// One isolated, empty database for a test: a fresh folder for SQLite's files, or a new database on the PostgreSQL
/// or SQL Server that the test process shares. Disposing it removes it. Where a provider has no server,
/// <see cref="CreateAsync"/> ignores the calling test with the reason, so it shows as skipped.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private int _disposed;

    private TestDatabase(DatabaseProvider provider, string? connectionString, string? dataDirectory)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The connection string of this database; null for SQLite, whose files live in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; }

    /// <summary>SQLite only: a fresh temporary folder, where the service keeps one file per module schema; null otherwise.</summary>
    public string? DataDirectory { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new TestDatabase(
            provider, connectionString: null, Directory.CreateTempSubdirectory("govservices-sqlite-").FullName),
        DatabaseProvider.PostgreSql => new TestDatabase(
            provider, await PostgreSqlTestServer.CreateDatabaseAsync(), dataDirectory: null),
        DatabaseProvider.SqlServer => new TestDatabase(
            provider, await SqlServerTestServer.CreateDatabaseAsync(), dataDirectory: null),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No test database for this provider."),
    };

    /// <summary>
    /// Stops the database servers that this test process started. Call it from a test assembly's one-time
    /// teardown, after its last test database; the process exit does it otherwise.
    /// </summary>
    public static Task StopSharedServersAsync() => TestRunCleanup.RunAsync();

    /// <summary>The host configuration that points the service at this database.</summary>
    public IReadOnlyDictionary<string, string?> ToConfiguration() => new Dictionary<string, string?>
    {
        [$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"] = Provider.ToString(),
        [$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.DataDirectory)}"] = DataDirectory,
        [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = ConnectionString,
    };

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                await DeleteSqliteDirectoryAsync(DataDirectory!);
                break;
            case DatabaseProvider.PostgreSql:
                await PostgreSqlTestServer.DropDatabaseAsync(ConnectionString!);
                break;
            case DatabaseProvider.SqlServer:
                await SqlServerTestServer.DropDatabaseAsync(ConnectionString!);
                break;
        }
    }

    /// <summary>
    /// A host whose start failed may leave a background service finishing its last write, which creates a journal
    /// file while the folder is being removed: try again for a moment rather than fail the test that is done.
    /// </summary>
    private static async Task DeleteSqliteDirectoryAsync(string directory)
    {
        const int attempts = 20;
        for (var attempt = 1; ; attempt++)
        {
            // Pooled connections hold the files open: Windows cannot delete them, and elsewhere the handles outlive the folder.
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }
}

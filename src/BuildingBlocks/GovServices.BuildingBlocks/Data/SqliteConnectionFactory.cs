using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GovServices.BuildingBlocks.Data;

/// <summary>
/// SQLite keeps one database file per module schema under the data directory. Connections start on an empty main
/// database file and attach each schema file under its schema name (ADR 0004, 0019).
/// </summary>
internal sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    // A file, never ":memory:": Microsoft.Data.Sqlite does not pool in-memory connections, and an unpooled connection
    // attaches every schema file again on each open (ADR 0019). Nothing is ever written to it.
    private const string MainDatabaseFile = "main.db";

    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly int _cacheKibibytes;
    private readonly SqliteWriterQueue _writers = new();
    private readonly IReadOnlyList<(string Schema, string Path)> _schemaFiles;

    public SqliteConnectionFactory(DatabaseOptions options, IEnumerable<ModuleSchema> schemas)
    {
        var directory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(directory);
        _busyTimeoutMilliseconds = (int)options.SqliteBusyTimeout.TotalMilliseconds;
        _cacheKibibytes = options.SqliteCacheKibibytes > 0
            ? options.SqliteCacheKibibytes
            : throw new InvalidOperationException("Database:SqliteCacheKibibytes must be a positive number of KiB.");

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, MainDatabaseFile),
            ForeignKeys = true,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy statement for this many seconds on top of SQLite's own busy handler.
            DefaultTimeout = Math.Max(1, (int)options.SqliteBusyTimeout.TotalSeconds),
        }.ToString();
        _schemaFiles = schemas
            .Select(schema => (schema.Name, Path.Combine(directory, schema.Name + ".db")))
            .ToList();
    }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public ISqlDialect Dialect { get; } = new SqliteDialect();

    /// <summary>The unit of work's transactions queue here, one per data directory served by this factory.</summary>
    public ValueTask<IAsyncDisposable> WaitForWriteTurnAsync(CancellationToken cancellationToken = default) =>
        _writers.WaitForTurnAsync(cancellationToken);

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await AttachSchemasAsync(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A pooled connection keeps what it attached earlier, so only missing schemas are attached; a fresh one also
    /// gets the per-connection settings. This runs on every open, so it asks SQLite directly instead of running a
    /// statement: a query of pragma_database_list here was 7% of an authenticated GET's CPU (docs/benchmarks.md).
    /// </summary>
    private async Task AttachSchemasAsync(SqliteConnection connection)
    {
        if (_schemaFiles.All(file => IsAttached(connection, file.Schema)))
            return;

        await connection.ExecuteAsync($"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}");
        foreach (var (schema, path) in _schemaFiles)
        {
            if (IsAttached(connection, schema))
                continue;

            await connection.ExecuteAsync($"ATTACH DATABASE @path AS \"{schema}\"", new { path });
            // WAL lets readers proceed while one writer commits; the mode is stored in the file, so this is cheap.
            await connection.ExecuteAsync($"PRAGMA \"{schema}\".journal_mode = WAL");
            // Each connection keeps its own cache per attached file; a negative size is in KiB (ADR 0023).
            await connection.ExecuteAsync($"PRAGMA \"{schema}\".cache_size = -{_cacheKibibytes}");
        }
    }

    // SQLite names no file for a schema that is not attached.
    private static bool IsAttached(SqliteConnection connection, string schema) =>
        raw.sqlite3_db_filename(connection.Handle, schema).utf8_to_string() is not null;
}

using System.Reflection;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;

namespace GovServices.Host.Backup;

/// <summary>
/// <c>backup &lt;dir&gt;</c> on SQLite, while the service runs or not (ADR 0035): every module schema's file copied with
/// SQLite's online backup API, the modules' file stores copied beside them, and a manifest with each file's size and
/// SHA-256 and each schema's applied migrations. Everything is written into a hidden folder next to the target, which
/// takes the target's name only once the manifest is on disk: a backup cut short is never mistaken for one.
/// </summary>
internal sealed class SqliteBackup(DatabaseOptions database, IEnumerable<ModuleSchema> schemas, IEnumerable<FileStore> stores, TimeProvider clock)
{
    /// <summary>In-progress uploads of the file stores: not yet part of any record.</summary>
    private const string UploadInProgressPrefix = ".upload-";

    public async Task<BackupManifest> WriteAsync(string target, CancellationToken cancellationToken)
    {
        var targetPath = Path.GetFullPath(target);
        if (Directory.Exists(targetPath) || File.Exists(targetPath))
            throw new BackupRefusedException($"{targetPath} already exists: a backup is written into a new folder.");

        var dataDirectory = Path.GetFullPath(database.DataDirectory);
        var schemaNames = schemas.Select(schema => schema.Name).Distinct(StringComparer.Ordinal).ToList();
        var missing = schemaNames.Where(schema => !File.Exists(SchemaFile(dataDirectory, schema))).ToList();
        if (missing.Count > 0)
            throw new BackupRefusedException(
                $"{dataDirectory} has no database file for {string.Join(", ", missing)}: is Database:DataDirectory right, and has the service run its migrations?");

        var parent = Path.GetDirectoryName(targetPath)!;
        Directory.CreateDirectory(parent);
        var partial = Path.Combine(parent, $".{Path.GetFileName(targetPath)}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(partial);
        try
        {
            var createdAt = clock.GetUtcNow();
            CopySchemas(dataDirectory, partial, schemaNames);
            var backedUpSchemas = new List<BackedUpSchema>(schemaNames.Count);
            foreach (var schema in schemaNames)
            {
                var file = Path.GetFileName(SchemaFile(partial, schema));
                var (bytes, sha256) = await FileChecksum.OfAsync(Path.Combine(partial, file), cancellationToken);
                backedUpSchemas.Add(new BackedUpSchema(schema, file, bytes, sha256, await MigrationsAsync(Path.Combine(partial, file))));
            }

            var files = await CopyFileStoresAsync(partial, cancellationToken);
            var manifest = new BackupManifest(
                BackupManifest.CurrentFormat, createdAt, HostVersion(), nameof(DatabaseProvider.Sqlite), backedUpSchemas, files);
            await manifest.WriteAsync(partial, cancellationToken);
            Directory.Move(partial, targetPath);
            return manifest;
        }
        catch
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(partial, recursive: true);
            throw;
        }
    }

    public static string SchemaFile(string directory, string schema) => Path.Combine(directory, schema + ".db");

    public static string HostVersion() =>
        typeof(SqliteBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SqliteBackup).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// One connection attaches every schema file and opens a read transaction on all of them in one statement, so
    /// each copy is one consistent state of its file and all were taken at practically one moment; the service's
    /// writers go on meanwhile (WAL). The backup API then copies each attached schema from that transaction.
    /// </summary>
    private void CopySchemas(string dataDirectory, string partial, IReadOnlyList<string> schemaNames)
    {
        using var snapshot = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = ":memory:",
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)database.SqliteBusyTimeout.TotalSeconds),
        }.ToString());
        snapshot.Open();
        snapshot.Execute($"PRAGMA busy_timeout = {(int)database.SqliteBusyTimeout.TotalMilliseconds}");
        foreach (var schema in schemaNames)
            snapshot.Execute($"ATTACH DATABASE @path AS \"{schema}\"", new { path = SchemaFile(dataDirectory, schema) });

        using var transaction = snapshot.BeginTransaction(deferred: true);
        snapshot.ExecuteScalar<long>(
            "SELECT " + string.Join(" + ", schemaNames.Select(schema => $"(SELECT COUNT(*) FROM \"{schema}\".sqlite_master)")),
            transaction: transaction);

        foreach (var schema in schemaNames)
        {
            using var copy = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = SchemaFile(partial, schema),
                Pooling = false,
            }.ToString());
            copy.Open();
            snapshot.BackupDatabase(copy, "main", schema);
            // One self-contained file: no -wal beside it to forget. The service sets WAL again when it attaches the file.
            copy.Execute("PRAGMA journal_mode = DELETE");
        }

        transaction.Rollback();
    }

    private static async Task<IReadOnlyList<string>> MigrationsAsync(string copy)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = copy,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        return (await connection.QueryAsync<string>(
            """
            SELECT script_name
            FROM schema_versions
            ORDER BY schema_version_id
            """)).ToList();
    }

    /// <summary>
    /// After the schemas: a record in the copies names only files that existed when it committed, and stored files
    /// are never changed (they are named by their content), so what is copied here covers every record.
    /// </summary>
    private async Task<IReadOnlyList<BackedUpFile>> CopyFileStoresAsync(string partial, CancellationToken cancellationToken)
    {
        var files = new List<BackedUpFile>();
        foreach (var store in stores.DistinctBy(store => store.Name))
        {
            var root = Path.GetFullPath(store.Directory);
            if (!Directory.Exists(root))
                continue;

            foreach (var source in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(source).StartsWith(UploadInProgressPrefix, StringComparison.Ordinal))
                    continue;

                var relative = Path.GetRelativePath(root, source).Replace(Path.DirectorySeparatorChar, '/');
                var entry = new BackedUpFile(store.Name, relative, 0, "");
                var destination = Path.Combine(partial, entry.LocationInBackup);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(source, destination);
                var (bytes, sha256) = await FileChecksum.OfAsync(destination, cancellationToken);
                files.Add(entry with { Bytes = bytes, Sha256 = sha256 });
            }
        }

        return files;
    }
}

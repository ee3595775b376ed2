using GovServices.BuildingBlocks.Data;

namespace GovServices.Host.Backup;

/// <summary>
/// The host's <c>backup &lt;dir&gt;</c> and <c>restore &lt;dir&gt;</c> commands, for SQLite (ADR 0035, docs/backup.md).
/// PostgreSQL and SQL Server are backed up with their own tools, which this points to.
/// </summary>
internal static class BackupCommand
{
    public const int Succeeded = 0;
    public const int Refused = 1;
    public const int Misused = 2;

    public static bool Handles(string[] args) => args is ["backup" or "restore", ..];

    /// <summary>
    /// The arguments for the configuration, without the command's folder: the command-line configuration reads an
    /// argument that starts with <c>/</c> as a key, which would take the next <c>--Key=value</c> as its value.
    /// </summary>
    public static string[] ConfigurationArguments(string[] args) =>
        Handles(args) && args.Length > 1 ? [args[0], .. args[2..]] : args;

    /// <summary>Runs the command in <paramref name="args"/> against the configured database; returns the exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args is not [var verb, var directory, ..] || directory.StartsWith('-'))
        {
            await Console.Error.WriteLineAsync("Usage: GovServices.Host backup <new folder> | restore <backup folder> (with the service's usual configuration)");
            return Misused;
        }

        var database = services.GetRequiredService<DatabaseOptions>();
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync(
                $"The {verb} command is for SQLite. On {database.Provider} use the database's own tools: "
                + "pg_dump/pg_restore (custom format) for PostgreSQL, BACKUP DATABASE/RESTORE DATABASE for SQL Server; see docs/backup.md.");
            return Misused;
        }

        var stores = services.GetServices<FileStore>().ToList();
        try
        {
            if (verb == "backup")
            {
                var manifest = await new SqliteBackup(database, services.GetServices<ModuleSchema>(), stores, services.GetRequiredService<TimeProvider>())
                    .WriteAsync(directory, CancellationToken.None);
                Console.WriteLine($"Backed up {manifest.Schemas.Count} schema files and {manifest.Files.Count} stored files to {Path.GetFullPath(directory)} ({manifest.CreatedAt:O}).");
            }
            else
            {
                var manifest = await new SqliteRestore(database, stores).RestoreAsync(directory, CancellationToken.None);
                Console.WriteLine($"Restored the backup of {manifest.CreatedAt:O} (host {manifest.HostVersion}) into {Path.GetFullPath(database.DataDirectory)}; the service migrates it when it starts.");
            }

            return Succeeded;
        }
        catch (BackupRefusedException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return Refused;
        }
    }
}

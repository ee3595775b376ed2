using GovServices.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;

namespace GovServices.Host.Backup;

/// <summary>
/// <c>restore &lt;dir&gt;</c> on SQLite (ADR 0035): checks every file of the backup against its manifest first, then
/// copies it into an empty <c>Database:DataDirectory</c> (and each file store into its folder). It never writes over
/// data: a target that holds anything is refused. Files are gathered in a hidden folder next to the target and take
/// its name at the end, so a restore cut short leaves no data directory that looks whole. The service migrates the
/// restored schemas as usual when it starts.
/// </summary>
internal sealed class SqliteRestore(DatabaseOptions database, IEnumerable<FileStore> stores)
{
    public async Task<BackupManifest> RestoreAsync(string source, CancellationToken cancellationToken)
    {
        var backupDirectory = Path.GetFullPath(source);
        var manifest = await BackupManifest.ReadAsync(backupDirectory, cancellationToken)
            ?? throw new BackupRefusedException(
                $"{backupDirectory} has no {BackupManifest.FileName}: it is not a complete backup (a backup cut short has none).");
        if (manifest.Format != BackupManifest.CurrentFormat || manifest.Provider != nameof(DatabaseProvider.Sqlite))
            throw new BackupRefusedException($"{backupDirectory} is a backup of format {manifest.Format} from {manifest.Provider}; this host restores format {BackupManifest.CurrentFormat} from Sqlite.");

        await VerifyAsync(backupDirectory, manifest, cancellationToken);

        var dataDirectory = Path.GetFullPath(database.DataDirectory);
        RequireEmpty(dataDirectory, "Database:DataDirectory");
        var targets = StoreTargets(manifest, dataDirectory);

        var staging = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [dataDirectory] = Staging(dataDirectory),
        };
        try
        {
            foreach (var schema in manifest.Schemas)
                await CopyAsync(Path.Combine(backupDirectory, schema.File), Path.Combine(staging[dataDirectory], schema.File), schema.Bytes, schema.Sha256, cancellationToken);

            foreach (var file in manifest.Files)
            {
                var (root, under) = targets[file.Store];
                staging.TryAdd(root, Staging(root));
                var destination = Path.Combine(staging[root], under, file.Path.Replace('/', Path.DirectorySeparatorChar));
                await CopyAsync(Path.Combine(backupDirectory, file.LocationInBackup), destination, file.Bytes, file.Sha256, cancellationToken);
            }

            foreach (var (target, staged) in staging)
            {
                // RequireEmpty allowed an empty folder; it gives way to the staged one.
                if (Directory.Exists(target))
                    Directory.Delete(target);
                Directory.Move(staged, target);
            }
        }
        catch
        {
            foreach (var staged in staging.Values.Where(Directory.Exists))
                Directory.Delete(staged, recursive: true);
            throw;
        }

        SqliteConnection.ClearAllPools();
        return manifest;
    }

    private static async Task VerifyAsync(string backupDirectory, BackupManifest manifest, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var schema in manifest.Schemas)
        {
            if (await FileChecksum.MismatchAsync(Path.Combine(backupDirectory, schema.File), schema.Bytes, schema.Sha256, cancellationToken) is { } problem)
                problems.Add(problem);
        }

        foreach (var file in manifest.Files)
        {
            if (await FileChecksum.MismatchAsync(Path.Combine(backupDirectory, file.LocationInBackup), file.Bytes, file.Sha256, cancellationToken) is { } problem)
                problems.Add(problem);
        }

        if (problems.Count > 0)
            throw new BackupRefusedException($"The backup in {backupDirectory} does not match its manifest; nothing was restored:\n  {string.Join("\n  ", problems)}");
    }

    /// <summary>
    /// Where each file store of the backup goes: inside the data directory when the store is configured there (the
    /// default), restored with it; otherwise into its own folder, which must be empty too.
    /// </summary>
    private Dictionary<string, (string Root, string Under)> StoreTargets(BackupManifest manifest, string dataDirectory)
    {
        var targets = new Dictionary<string, (string Root, string Under)>(StringComparer.Ordinal);
        foreach (var name in manifest.Files.Select(file => file.Store).Distinct(StringComparer.Ordinal))
        {
            var store = stores.FirstOrDefault(candidate => candidate.Name == name)
                ?? throw new BackupRefusedException($"The backup holds the file store '{name}', which this host does not have; nothing was restored.");
            var directory = Path.GetFullPath(store.Directory);
            var relative = Path.GetRelativePath(dataDirectory, directory);
            if (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                targets[name] = (dataDirectory, relative);
            }
            else
            {
                RequireEmpty(directory, $"the folder of the file store '{name}'");
                targets[name] = (directory, "");
            }
        }

        return targets;
    }

    private static void RequireEmpty(string directory, string what)
    {
        if (File.Exists(directory) || (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any()))
            throw new BackupRefusedException($"{what} ({directory}) is not empty: a restore never writes over data. Restore into an empty folder, or move this one aside first.");
    }

    private static string Staging(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.restoring-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Copies and checks the copy: the data directory then holds exactly what the manifest describes.</summary>
    private static async Task CopyAsync(string source, string destination, long bytes, string sha256, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination);
        if (await FileChecksum.MismatchAsync(destination, bytes, sha256, cancellationToken) is { } problem)
            throw new BackupRefusedException($"The copy went wrong, nothing was restored: {problem}");
    }
}

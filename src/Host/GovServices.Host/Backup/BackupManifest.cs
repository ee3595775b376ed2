using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovServices.Host.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup: what it holds and how to check it. It is written last, and the backup's folder
/// gets its name only after it, so a folder with a manifest is a complete backup and one without is not one.
/// </summary>
/// <param name="Format">The layout of the backup folder; 1 for this one.</param>
/// <param name="CreatedAt">When the copies were taken (UTC).</param>
/// <param name="HostVersion">The version of the host that took it: restore with the same version or a newer one.</param>
/// <param name="Provider">The database it was taken from.</param>
/// <param name="Schemas">One database file per module schema.</param>
/// <param name="Files">The files of the modules' file stores.</param>
internal sealed record BackupManifest(
    int Format,
    DateTimeOffset CreatedAt,
    string HostVersion,
    string Provider,
    IReadOnlyList<BackedUpSchema> Schemas,
    IReadOnlyList<BackedUpFile> Files)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    // Read by people and scripts, never embedded in a page: "+" in a version stays "+".
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<BackupManifest?> ReadAsync(string backupDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(backupDirectory, FileName);
        if (!File.Exists(path))
            return null;
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
    }

    public async Task WriteAsync(string backupDirectory, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(Path.Combine(backupDirectory, FileName), FileMode.CreateNew, FileAccess.Write);
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
        // On disk before the folder is renamed: a crash must not leave a complete-looking backup with an empty manifest.
        stream.Flush(flushToDisk: true);
    }
}

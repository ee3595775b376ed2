namespace GovServices.Host.Backup;

/// <summary>One file of a module's file store in a backup.</summary>
/// <param name="Store">The file store's name, such as <c>permit-documents</c>.</param>
/// <param name="Path">The file's path in the store, with <c>/</c> between folders.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
internal sealed record BackedUpFile(string Store, string Path, long Bytes, string Sha256)
{
    /// <summary>Where the file lies inside the backup folder.</summary>
    public string LocationInBackup => System.IO.Path.Combine("files", Store, Path.Replace('/', System.IO.Path.DirectorySeparatorChar));
}

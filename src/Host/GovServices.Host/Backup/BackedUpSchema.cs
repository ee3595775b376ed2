namespace GovServices.Host.Backup;

/// <summary>One module schema's database file in a backup.</summary>
/// <param name="Schema">The module schema, such as <c>complaints</c>.</param>
/// <param name="File">The file's name in the backup folder.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
/// <param name="Migrations">The migration scripts applied to the schema when it was copied, in the order they ran.</param>
internal sealed record BackedUpSchema(string Schema, string File, long Bytes, string Sha256, IReadOnlyList<string> Migrations);

namespace GovServices.Audit.ExportTrail;

/// <summary>The file formats of an export.</summary>
internal static class ExportFormat
{
    /// <summary>JSON Lines: one JSON object per line (header, entries, seals).</summary>
    public const string JsonLines = "jsonl";

    /// <summary>CSV (RFC 4180) with the same rows; the <c>content</c> column carries the sealed fields as JSON.</summary>
    public const string Csv = "csv";

    public static readonly IReadOnlyList<string> All = [JsonLines, Csv];
}

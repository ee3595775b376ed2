namespace GovServices.CivilRegistry;

/// <summary>Section <c>CivilRegistry:Import</c>: how CSV imports are received and worked off in the background.</summary>
internal sealed class ResidentImportOptions
{
    /// <summary>The largest upload accepted; null (the default) accepts any size.</summary>
    public long? MaxFileBytes { get; set; }

    /// <summary>Rows written per transaction; progress is visible after each.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// SQLite only: the page cache of the connection an import writes on, while it runs (SQLite's default is 2 MB).
    /// More makes large imports faster and the host bigger by as much.
    /// </summary>
    public int SqliteCacheMegabytes { get; set; } = 8;

    /// <summary>The longest CSV record (in characters) read; a longer one stops the import with a precise error.</summary>
    public int MaxRecordCharacters { get; set; } = 1024 * 1024;

    /// <summary>Per-row errors kept per job; the rest are counted, not stored.</summary>
    public int MaxStoredErrors { get; set; } = 10_000;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed job stays with one worker without a sign of life before another may take it over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts at a job that keeps failing for reasons other than its content, before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Uploads are stored in pieces of this size, so any size streams through bounded memory.</summary>
    public int ChunkBytes { get; set; } = 1024 * 1024;
}

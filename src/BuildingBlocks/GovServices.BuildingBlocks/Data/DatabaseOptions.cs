namespace GovServices.BuildingBlocks.Data;

/// <summary>
/// Where the data lives: <c>Database:Provider</c>, <c>Database:DataDirectory</c> and
/// <c>ConnectionStrings:GovServices</c> (required for PostgreSQL and SQL Server, ignored by SQLite).
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "GovServices";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite only: the folder that holds one database file per module schema.</summary>
    public string DataDirectory { get; set; } = "data";

    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite only: how long a write that is not in the process's writer queue (ADR 0021) waits for SQLite's write
    /// lock before it fails with <c>database is locked</c>.
    /// </summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// SQLite only: the page cache, in KiB, that each pooled connection keeps for each schema file it attaches
    /// (ADR 0023). SQLite's own default is 2,000 KiB per file per connection, which pooled connections times schema
    /// files turns into the largest part of the host's native memory; the operating system caches the files anyway.
    /// </summary>
    public int SqliteCacheKibibytes { get; set; } = 256;

    /// <summary>Run pending migrations when the host starts (the default); otherwise run <c>GovServices.Host migrate</c>.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

namespace GovServices.Bench;

/// <summary>Loads rows into one table through the database's fastest path, with the schema's own column types.</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    /// <summary>Each row holds one value per column, as the modules write them: Guid, DateTimeOffset, DateOnly, bool, long, int, double, string or null.</summary>
    Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken = default);

    /// <summary>Rows of a small query, for values the seed needs from what the host's migrations put there.</summary>
    Task<IReadOnlyList<(string First, string Second)>> QueryPairsAsync(string sql, CancellationToken cancellationToken = default);
}

namespace GovServices.BuildingBlocks.Data;

/// <summary>
/// Everything that differs between the SQL of SQLite, PostgreSQL and SQL Server, and nothing else. Handlers
/// write plain SQL and ask the dialect only for paging, row claiming, upserts and error classification.
/// Parameters are named after their columns (<c>@message_id</c> for <c>message_id</c>).
/// </summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    /// <summary>Follows an <c>ORDER BY</c>: returns at most <paramref name="limitParameter"/> rows.</summary>
    string Limit(string limitParameter);

    /// <summary>
    /// Follows an <c>ORDER BY</c>: skips <paramref name="offsetParameter"/> rows, then returns at most
    /// <paramref name="limitParameter"/>. Only for the page numbers a standard prescribes (Open311); our own lists page
    /// with a keyset cursor.
    /// </summary>
    string Page(string limitParameter, string offsetParameter);

    /// <summary>
    /// Inserts one row unless a row with the same key exists, without raising an error (and so without
    /// aborting a PostgreSQL transaction). The affected-row count tells whether the row was inserted.
    /// </summary>
    string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns);

    /// <summary>Inserts one row, or updates the non-key columns of the row with the same key.</summary>
    string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> keyColumns);

    /// <summary>
    /// Atomically sets <paramref name="assignments"/> on at most <paramref name="limitParameter"/> rows that
    /// match <paramref name="filter"/>, taken in <paramref name="orderBy"/> order, skipping rows that a
    /// concurrent claimer holds. Several host instances can run it at once without claiming a row twice.
    /// </summary>
    string ClaimRows(string table, string filter, string orderBy, string limitParameter, string assignments);

    /// <summary>True when the exception is a unique-key or primary-key violation.</summary>
    bool IsUniqueViolation(Exception exception);
}

using System.Globalization;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;

namespace GovServices.Bench;

/// <summary>
/// SQLite's fast path: one prepared INSERT, rebound for every row, in large transactions, with the schema files
/// attached under their schema names as the host attaches them, and without fsync (the bench data is throw-away).
/// Values take the host's text forms (DapperTypeHandlers): lower-case ids, fixed-width UTC times, yyyy-MM-dd dates.
/// </summary>
internal sealed class SqliteBulkWriter : IBulkWriter
{
    private const int RowsPerTransaction = 50_000;
    private static readonly string[] Schemas = ["civil_registry", "complaints", "payments"];

    private readonly SqliteConnection _connection;

    private SqliteBulkWriter(SqliteConnection connection) => _connection = connection;

    public static async Task<SqliteBulkWriter> OpenAsync(string dataDirectory)
    {
        var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        await connection.OpenAsync();
        foreach (var schema in Schemas)
        {
            var path = Path.Combine(dataDirectory, schema + ".db");
            if (!File.Exists(path))
                throw new BenchUsageException($"{path} does not exist: start the host once on this data directory so that it migrates.");
            await connection.ExecuteAsync($"ATTACH DATABASE @path AS \"{schema}\"", new { path });
            await connection.ExecuteAsync($"PRAGMA \"{schema}\".synchronous = OFF");
        }

        return new SqliteBulkWriter(connection);
    }

    public async Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, index) => $"$p{index}"))})";
        var parameters = columns.Select((_, index) => command.Parameters.Add(new SqliteParameter($"$p{index}", null))).ToArray();

        var transaction = _connection.BeginTransaction();
        command.Transaction = transaction;
        command.Prepare();
        var inTransaction = 0;
        foreach (var row in rows)
        {
            for (var column = 0; column < parameters.Length; column++)
                parameters[column].Value = ToSqlite(row[column]);
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (++inTransaction < RowsPerTransaction)
                continue;

            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
            transaction = _connection.BeginTransaction();
            command.Transaction = transaction;
            inTransaction = 0;
        }

        await transaction.CommitAsync(cancellationToken);
        await transaction.DisposeAsync();
    }

    public async Task<IReadOnlyList<(string First, string Second)>> QueryPairsAsync(string sql, CancellationToken cancellationToken = default) =>
        (await _connection.QueryAsync<(string, string)>(new CommandDefinition(sql, cancellationToken: cancellationToken))).ToList();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid id => id.ToString("D"),
        DateTimeOffset time => DapperTypeHandlers.ToSqliteText(time),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        _ => value,
    };
}

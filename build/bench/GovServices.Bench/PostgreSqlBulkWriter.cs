using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace GovServices.Bench;

/// <summary>PostgreSQL's fast path: binary COPY, each value written with the column type of the migration scripts.</summary>
internal sealed class PostgreSqlBulkWriter : IBulkWriter
{
    private readonly NpgsqlConnection _connection;

    private PostgreSqlBulkWriter(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgreSqlBulkWriter> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new PostgreSqlBulkWriter(connection);
    }

    public async Task WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken = default)
    {
        await using var importer = await _connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var value in row)
                await WriteValueAsync(importer, value, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(string First, string Second)>> QueryPairsAsync(string sql, CancellationToken cancellationToken = default) =>
        (await _connection.QueryAsync<(string, string)>(new CommandDefinition(sql, cancellationToken: cancellationToken))).ToList();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static Task WriteValueAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken cancellationToken) => value switch
    {
        null => importer.WriteNullAsync(cancellationToken),
        Guid id => importer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken),
        DateTimeOffset time => importer.WriteAsync(time.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken),
        DateOnly date => importer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken),
        bool flag => importer.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
        long number => importer.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
        int number => importer.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
        double number => importer.WriteAsync(number, NpgsqlDbType.Double, cancellationToken),
        string text => importer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
        _ => throw new InvalidOperationException($"No COPY mapping for {value.GetType().Name}."),
    };
}

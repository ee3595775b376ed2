using Microsoft.Data.SqlClient;

namespace GovServices.Testing.Databases;

/// <summary>
/// SQL Server's own <c>BACKUP DATABASE</c> and <c>RESTORE DATABASE</c>, run as docs/backup.md tells an operator to, for
/// tests that back up and restore a test database. The backup file is written by the server, on the server's disk (in a
/// Testcontainers container: inside it), under its default backup folder; the restore reads it there.
/// </summary>
public static class SqlServerBackupTools
{
    private const int CommandTimeoutSeconds = 300;

    /// <summary>
    /// A full, copy-only backup with page checksums of <paramref name="connectionString"/>'s database, verified
    /// afterwards; returns the file's path on the server.
    /// </summary>
    public static async Task<string> BackUpAsync(string connectionString, string fileName)
    {
        var database = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        await using var connection = await OpenMasterAsync(connectionString);
        var folder = await ScalarAsync<string>(connection, "SELECT CAST(SERVERPROPERTY('InstanceDefaultBackupPath') AS nvarchar(4000))");
        var file = folder.TrimEnd('/', '\\') + "/" + fileName;
        await ExecuteAsync(connection, "BACKUP DATABASE @database TO DISK = @file WITH COPY_ONLY, CHECKSUM, INIT", ("@database", database), ("@file", file));
        await ExecuteAsync(connection, "RESTORE VERIFYONLY FROM DISK = @file WITH CHECKSUM", ("@file", file));
        return file;
    }

    /// <summary>
    /// Restores <paramref name="file"/> as the database of <paramref name="connectionString"/>, which the test
    /// created empty for it: every logical file moved to a file of that database's own in the server's data folder.
    /// </summary>
    public static async Task RestoreAsync(string file, string connectionString)
    {
        var database = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        await using (var pooled = new SqlConnection(connectionString))
        {
            SqlConnection.ClearPool(pooled);
        }

        await using var connection = await OpenMasterAsync(connectionString);
        var dataFolder = (await ScalarAsync<string>(connection, "SELECT CAST(SERVERPROPERTY('InstanceDefaultDataPath') AS nvarchar(4000))")).TrimEnd('/', '\\');
        var logicalFiles = new List<(string Name, string Type)>();
        await using (var list = new SqlCommand("RESTORE FILELISTONLY FROM DISK = @file", connection) { CommandTimeout = CommandTimeoutSeconds })
        {
            list.Parameters.AddWithValue("@file", file);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                logicalFiles.Add((reader.GetString(reader.GetOrdinal("LogicalName")), reader.GetString(reader.GetOrdinal("Type"))));
        }

        var moves = logicalFiles.Select((logical, index) =>
            (Logical: logical.Name, Physical: $"{dataFolder}/{database}_{index}{(logical.Type == "L" ? ".ldf" : ".mdf")}")).ToList();
        var moveClauses = string.Join(", ", moves.Select((_, index) => $"MOVE @logical{index} TO @physical{index}"));
        var parameters = new List<(string, object)> { ("@database", database), ("@file", file) };
        for (var index = 0; index < moves.Count; index++)
        {
            parameters.Add(($"@logical{index}", moves[index].Logical));
            parameters.Add(($"@physical{index}", moves[index].Physical));
        }

        // The empty database the test made is replaced; nothing may be connected to it meanwhile.
        await ExecuteAsync(connection, $"ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE");
        await ExecuteAsync(connection, $"RESTORE DATABASE @database FROM DISK = @file WITH REPLACE, {moveClauses}, CHECKSUM, RECOVERY", [.. parameters]);
        await ExecuteAsync(connection, $"ALTER DATABASE [{database}] SET MULTI_USER");
    }

    private static async Task<SqlConnection> OpenMasterAsync(string connectionString)
    {
        var connection = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(SqlConnection connection, string sql)
    {
        await using var command = new SqlCommand(sql, connection) { CommandTimeout = CommandTimeoutSeconds };
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(SqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new SqlCommand(sql, connection) { CommandTimeout = CommandTimeoutSeconds };
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }
}

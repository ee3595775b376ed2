using System.Data.Common;
using System.Globalization;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GovServices.BuildingBlocks.Tests.Databases;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class TestDatabaseTests(DatabaseProvider provider)
{
    [Test]
    public async Task A_created_database_keeps_a_row_written_to_a_new_table()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var connection = await OpenAsync(database);

        await ExecuteAsync(connection, "CREATE TABLE greeting (id INTEGER NOT NULL PRIMARY KEY, message VARCHAR(50) NOT NULL)");
        await ExecuteAsync(connection, "INSERT INTO greeting (id, message) VALUES (@id, @message)", ("id", 1), ("message", "selamat pagi"));
        var message = await ScalarAsync(connection, "SELECT message FROM greeting WHERE id = @id", ("id", 1));

        Assert.That(message, Is.EqualTo("selamat pagi"));
    }

    [Test]
    public async Task Two_created_databases_do_not_see_each_others_tables()
    {
        await using var first = await TestDatabase.CreateAsync(provider);
        await using var second = await TestDatabase.CreateAsync(provider);
        await using var firstConnection = await OpenAsync(first);
        await using var secondConnection = await OpenAsync(second);

        await ExecuteAsync(firstConnection, "CREATE TABLE greeting (id INTEGER NOT NULL PRIMARY KEY)");
        await ExecuteAsync(firstConnection, "INSERT INTO greeting (id) VALUES (@id)", ("id", 1));
        await ExecuteAsync(secondConnection, "CREATE TABLE greeting (id INTEGER NOT NULL PRIMARY KEY)");
        var rowsInSecond = await ScalarAsync(secondConnection, "SELECT COUNT(*) FROM greeting");

        Assert.That(Convert.ToInt64(rowsInSecond, CultureInfo.InvariantCulture), Is.Zero);
    }

    [Test]
    public async Task A_disposed_database_is_gone()
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var connection = await OpenAsync(database))
        {
            await ExecuteAsync(connection, "CREATE TABLE greeting (id INTEGER NOT NULL PRIMARY KEY)");
        }

        await database.DisposeAsync();

        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.That(database.DataDirectory, Does.Not.Exist);
        }
        else
        {
            Assert.That(async () => await OpenAsync(database), Throws.InstanceOf<DbException>());
        }
    }

    [Test]
    public async Task The_configuration_points_the_host_at_the_database()
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var configuration = database.ToConfiguration();

        Assert.Multiple(() =>
        {
            Assert.That(configuration["Database:Provider"], Is.EqualTo(provider.ToString()));
            Assert.That(configuration["Database:DataDirectory"], Is.EqualTo(database.DataDirectory));
            Assert.That(configuration["ConnectionStrings:GovServices"], Is.EqualTo(database.ConnectionString));
            Assert.That(
                provider == DatabaseProvider.Sqlite ? database.DataDirectory : database.ConnectionString,
                Is.Not.Null.And.Not.Empty);
        });
    }

    private static async Task<DbConnection> OpenAsync(TestDatabase database)
    {
        DbConnection connection = database.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(
                new SqliteConnectionStringBuilder { DataSource = Path.Combine(database.DataDirectory!, "test.db") }.ConnectionString),
            DatabaseProvider.PostgreSql => new NpgsqlConnection(database.ConnectionString),
            DatabaseProvider.SqlServer => new SqlConnection(database.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "Unknown provider."),
        };
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = CreateCommand(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = CreateCommand(connection, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    private static DbCommand CreateCommand(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}

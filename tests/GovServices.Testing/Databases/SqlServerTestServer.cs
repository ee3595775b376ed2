using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

namespace GovServices.Testing.Databases;

/// <summary>
/// The SQL Server that a test process creates its test databases on, found once: the server named by
/// <c>GOVSERVICES_TEST_SQLSERVER</c>, else a Testcontainers container when Docker answers.
/// </summary>
internal static class SqlServerTestServer
{
    private const string EnvironmentVariable = "GOVSERVICES_TEST_SQLSERVER";
    private const string ContainerImage = "mcr.microsoft.com/mssql/server:2022-latest";
    private static readonly TimeSpan _containerStartBudget = TimeSpan.FromMinutes(5);
    private static readonly Lazy<Task<SharedDatabaseServer>> _shared = new(() => Task.Run(ResolveAsync));

    public static async Task<string> CreateDatabaseAsync()
    {
        var adminConnectionString = (await _shared.Value).AdminConnectionStringOrIgnore();
        var databaseName = $"gs_{Guid.NewGuid():N}";
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE [{databaseName}]");
        return new SqlConnectionStringBuilder(adminConnectionString) { InitialCatalog = databaseName }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        await using (var connection = new SqlConnection(connectionString))
        {
            SqlConnection.ClearPool(connection);
        }

        var databaseName = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        var adminConnectionString = (await _shared.Value).AdminConnectionStringOrIgnore();
        // SINGLE_USER with ROLLBACK IMMEDIATE ends the connections that the host under test may still hold.
        await ExecuteAsync(
            adminConnectionString,
            $"""
            ALTER DATABASE [{databaseName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
            DROP DATABASE [{databaseName}];
            """);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<SharedDatabaseServer> ResolveAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return SharedDatabaseServer.Available(configured, $"SQL Server for tests: {EnvironmentVariable}");
        }

        if (!await DockerEngine.AnswersAsync())
        {
            return SharedDatabaseServer.Unavailable(
                $"SQL Server not available: set {EnvironmentVariable} or run where Docker is available");
        }

        MsSqlContainer? container = null;
        try
        {
            container = new MsSqlBuilder(ContainerImage).Build();
            using var deadline = new CancellationTokenSource(_containerStartBudget);
            await container.StartAsync(deadline.Token);
            TestRunCleanup.Register(container);
            return SharedDatabaseServer.Available(
                container.GetConnectionString(), $"SQL Server for tests: Testcontainers {ContainerImage}");
        }
        catch (Exception exception)
        {
            // Docker may answer yet be unable to pull or run the image; that is a missing server, not a failed test.
            if (container is not null)
            {
                await container.DisposeAsync();
            }

            return SharedDatabaseServer.Unavailable(
                $"SQL Server not available: Docker answered but {ContainerImage} did not start ({exception.Message}); set {EnvironmentVariable} instead");
        }
    }
}

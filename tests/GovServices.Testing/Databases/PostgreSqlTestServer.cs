using Npgsql;
using Testcontainers.PostgreSql;

namespace GovServices.Testing.Databases;

/// <summary>
/// The PostgreSQL server that a test process creates its test databases on, found once: the server named by
/// <c>GOVSERVICES_TEST_POSTGRES</c>, else a Testcontainers container when Docker answers, else a throw-away cluster
/// from Debian's binaries.
/// </summary>
internal static class PostgreSqlTestServer
{
    private const string EnvironmentVariable = "GOVSERVICES_TEST_POSTGRES";
    private const string ContainerImage = "postgres:17-alpine";
    private static readonly TimeSpan _containerStartBudget = TimeSpan.FromMinutes(5);
    private static readonly Lazy<Task<SharedDatabaseServer>> _shared = new(() => Task.Run(ResolveAsync));

    public static async Task<string> CreateDatabaseAsync()
    {
        var adminConnectionString = (await _shared.Value).AdminConnectionStringOrIgnore();
        var databaseName = $"gs_{Guid.NewGuid():N}";
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE \"{databaseName}\"");
        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var databaseName = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var adminConnectionString = (await _shared.Value).AdminConnectionStringOrIgnore();
        // FORCE ends the connections that the host under test may still hold in pools of its own.
        await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<SharedDatabaseServer> ResolveAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return SharedDatabaseServer.Available(configured, $"PostgreSQL for tests: {EnvironmentVariable}");
        }

        if (await DockerEngine.AnswersAsync())
        {
            PostgreSqlContainer? container = null;
            try
            {
                container = new PostgreSqlBuilder(ContainerImage).Build();
                using var deadline = new CancellationTokenSource(_containerStartBudget);
                await container.StartAsync(deadline.Token);
                TestRunCleanup.Register(container);
                return SharedDatabaseServer.Available(
                    container.GetConnectionString(), $"PostgreSQL for tests: Testcontainers {ContainerImage}");
            }
            catch (Exception exception)
            {
                // Docker may answer yet be unable to pull or run the image (no registry access, say); the local
                // binaries are the next best server.
                if (container is not null)
                {
                    await container.DisposeAsync();
                }

                TestContext.Progress.WriteLine($"PostgreSQL container did not start, trying local binaries: {exception.Message}");
            }
        }

        if (OperatingSystem.IsLinux() && LocalPostgreSqlCluster.FindNewestBinDirectory() is { } binDirectory)
        {
            var cluster = await LocalPostgreSqlCluster.StartAsync(binDirectory);
            TestRunCleanup.Register(cluster);
            return SharedDatabaseServer.Available(
                cluster.AdminConnectionString,
                $"PostgreSQL for tests: local cluster {cluster.Version} on 127.0.0.1:{cluster.Port}");
        }

        return SharedDatabaseServer.Unavailable(
            $"PostgreSQL not available: set {EnvironmentVariable}, start Docker, or install Debian's postgresql package");
    }
}

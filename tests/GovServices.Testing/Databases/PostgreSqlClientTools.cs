using Npgsql;

namespace GovServices.Testing.Databases;

/// <summary>
/// <c>pg_dump</c> and <c>pg_restore</c> from Debian's PostgreSQL binaries (<c>/usr/lib/postgresql/N/bin</c>, the
/// newest), for tests that back up and restore a test database as docs/backup.md tells an operator to. Where they are
/// not installed, the calling test is ignored with the reason.
/// </summary>
public static class PostgreSqlClientTools
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(5);

    /// <summary><c>pg_dump --format=custom</c> of the whole database into <paramref name="file"/>.</summary>
    public static Task DumpAsync(string connectionString, string file) =>
        RunAsync("pg_dump", ["--format=custom", "--file", file, "--dbname", ConnectionInfo(connectionString)]);

    /// <summary><c>pg_restore</c> of a custom-format dump into an empty database, stopping at the first error.</summary>
    public static Task RestoreAsync(string file, string connectionString) =>
        RunAsync("pg_restore", ["--exit-on-error", "--no-owner", "--no-privileges", "--dbname", ConnectionInfo(connectionString), file]);

    private static async Task RunAsync(string tool, IReadOnlyList<string> arguments)
    {
        var binDirectory = OperatingSystem.IsLinux() ? LocalPostgreSqlCluster.FindNewestBinDirectory() : null;
        var executable = binDirectory is null ? null : Path.Combine(binDirectory, tool);
        if (executable is null || !File.Exists(executable))
            Assert.Ignore($"{tool} not available: install Debian's postgresql package (it brings /usr/lib/postgresql/N/bin/{tool})");

        var result = await ExternalProcess.RunAsync(executable, arguments, Path.GetTempPath(), ToolTimeout);
        if (!result.Succeeded)
            throw new InvalidOperationException($"{tool} failed with exit code {result.ExitCode}:\n{result.Output}");
    }

    /// <summary>A libpq connection string (key=value), which carries the password too, so no PGPASSWORD is needed.</summary>
    private static string ConnectionInfo(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var parts = new List<string>
        {
            $"host={builder.Host}",
            $"port={builder.Port}",
            $"dbname={builder.Database}",
            $"user={builder.Username}",
        };
        if (!string.IsNullOrEmpty(builder.Password))
            parts.Add($"password={builder.Password}");
        return string.Join(' ', parts.Select(part => part.Replace("'", "\\'", StringComparison.Ordinal)));
    }
}

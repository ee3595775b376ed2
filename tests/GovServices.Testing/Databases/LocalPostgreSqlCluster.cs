using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;

namespace GovServices.Testing.Databases;

/// <summary>
/// A throw-away PostgreSQL cluster made from Debian's binaries (<c>/usr/lib/postgresql/N/bin</c>) in a temporary
/// folder, for machines without Docker. It trades durability for speed: nothing in it outlives the test run.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class LocalPostgreSqlCluster : IAsyncDisposable
{
    private const string DebianInstallRoot = "/usr/lib/postgresql";
    private const string FolderPrefix = "govservices-pg-";
    private const string OwnerFileName = "owner.pid";
    private const int StartAttempts = 3;
    private static readonly TimeSpan _toolTimeout = TimeSpan.FromSeconds(90);

    private readonly string _binDirectory;
    private readonly string _rootDirectory;
    private readonly bool _runAsPostgresUser;

    private LocalPostgreSqlCluster(string binDirectory, string rootDirectory, bool runAsPostgresUser)
    {
        _binDirectory = binDirectory;
        _rootDirectory = rootDirectory;
        _runAsPostgresUser = runAsPostgresUser;
    }

    /// <summary>The major version, taken from the Debian folder name (15 for <c>/usr/lib/postgresql/15</c>).</summary>
    public string Version => Path.GetFileName(Path.GetDirectoryName(_binDirectory)) ?? "?";

    public int Port { get; private set; }

    public string AdminConnectionString =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres";

    private string DataDirectory => Path.Combine(_rootDirectory, "data");

    private string LogFile => Path.Combine(_rootDirectory, "postgres.log");

    /// <summary>The bin folder of the newest PostgreSQL that Debian installed, or null when there is none.</summary>
    public static string? FindNewestBinDirectory()
    {
        if (!Directory.Exists(DebianInstallRoot))
        {
            return null;
        }

        return Directory.EnumerateDirectories(DebianInstallRoot)
            .Select(versionDirectory => (
                Bin: Path.Combine(versionDirectory, "bin"),
                Version: decimal.TryParse(Path.GetFileName(versionDirectory), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var version) ? version : -1))
            .Where(candidate => candidate.Version >= 0
                && File.Exists(Path.Combine(candidate.Bin, "initdb"))
                && File.Exists(Path.Combine(candidate.Bin, "pg_ctl")))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Bin)
            .FirstOrDefault();
    }

    public static async Task<LocalPostgreSqlCluster> StartAsync(string binDirectory)
    {
        // PostgreSQL refuses to run as root, and the postgres user cannot reach a TMPDIR under /root: as root the
        // cluster lives in /tmp, owned by postgres, and its tools run as postgres.
        var runAsPostgresUser = Environment.UserName == "root";
        var parentDirectory = runAsPostgresUser ? "/tmp" : Path.GetTempPath();
        await RemoveAbandonedClustersAsync(parentDirectory, binDirectory, runAsPostgresUser);

        var rootDirectory = Path.Combine(parentDirectory, FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(rootDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await File.WriteAllTextAsync(Path.Combine(rootDirectory, OwnerFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var cluster = new LocalPostgreSqlCluster(binDirectory, rootDirectory, runAsPostgresUser);
        try
        {
            if (runAsPostgresUser)
            {
                RequireSuccess(
                    "chown",
                    await ExternalProcess.RunAsync("chown", ["-R", "postgres:postgres", rootDirectory], rootDirectory, _toolTimeout));
            }

            await cluster.InitializeAsync();
            await cluster.StartServerAsync();
            return cluster;
        }
        catch
        {
            await cluster.RemoveAfterFailedStartAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunToolAsync("pg_ctl", "stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "30");
        }

        Directory.Delete(_rootDirectory, recursive: true);
    }

    public override string ToString() => $"local PostgreSQL {Version} cluster in {_rootDirectory}";

    private async Task RemoveAfterFailedStartAsync()
    {
        try
        {
            await DisposeAsync();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
            or InvalidOperationException or TimeoutException)
        {
            // The failed start is what the test run must report; a folder left here is swept by the next run.
            TestContext.Progress.WriteLine($"Could not remove {this}: {exception.Message}");
        }
    }

    private async Task InitializeAsync()
    {
        // --no-locale: the machine's LANG may name a locale that was never generated, which makes initdb fail.
        var result = await RunToolAsync(
            "initdb", "-D", DataDirectory, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--no-locale");
        RequireSuccess(_runAsPostgresUser ? "initdb, run as the postgres user through runuser," : "initdb", result);
    }

    private async Task StartServerAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FindFreeLoopbackPort();
            var serverOptions = string.Join(
                ' ',
                "-c listen_addresses=127.0.0.1",
                $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
                $"-c unix_socket_directories={_rootDirectory}",
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "-c max_connections=200");
            var result = await RunToolAsync(
                "pg_ctl", "start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", serverOptions);
            if (result.Succeeded)
            {
                return;
            }

            // Another test process may take the port between our probe and the server's bind.
            var serverLog = ReadServerLog();
            if (attempt < StartAttempts && serverLog.Contains("Address already in use", StringComparison.Ordinal))
            {
                continue;
            }

            throw new InvalidOperationException(
                $"pg_ctl start failed with exit code {result.ExitCode} for {this}:\n{result.Output}\nServer log:\n{serverLog}");
        }
    }

    private Task<ExternalProcessResult> RunToolAsync(string tool, params string[] arguments)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return _runAsPostgresUser
            ? ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments], _rootDirectory, _toolTimeout)
            : ExternalProcess.RunAsync(executable, arguments, _rootDirectory, _toolTimeout);
    }

    private string ReadServerLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no server log)";
        }
        catch (IOException exception)
        {
            return $"(server log unreadable: {exception.Message})";
        }
    }

    private static void RequireSuccess(string command, ExternalProcessResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{command} failed with exit code {result.ExitCode}:\n{result.Output}");
        }
    }

    private static int FindFreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Stops and deletes the clusters of test processes that died without cleaning up (a killed test host runs no
    /// exit handler), so that they do not pile up on a developer's machine.
    /// </summary>
    private static async Task RemoveAbandonedClustersAsync(string parentDirectory, string binDirectory, bool runAsPostgresUser)
    {
        foreach (var directory in Directory.EnumerateDirectories(parentDirectory, FolderPrefix + "*"))
        {
            try
            {
                var ownerFile = Path.Combine(directory, OwnerFileName);
                if (!File.Exists(ownerFile)
                    || !int.TryParse(await File.ReadAllTextAsync(ownerFile), CultureInfo.InvariantCulture, out var ownerProcessId)
                    || Directory.Exists($"/proc/{ownerProcessId.ToString(CultureInfo.InvariantCulture)}"))
                {
                    continue;
                }

                await new LocalPostgreSqlCluster(binDirectory, directory, runAsPostgresUser).DisposeAsync();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
                or InvalidOperationException or TimeoutException)
            {
                TestContext.Progress.WriteLine($"Could not remove the abandoned PostgreSQL cluster in {directory}: {exception.Message}");
            }
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;

namespace GovServices.Cluster.Tests;

/// <summary>
/// Two host processes in environment Production on one fresh PostgreSQL database, started at the same moment, behind
/// HAProxy with TLS. Every setting is one an operator would give (README's configuration table); the few that are the
/// test's own are named in <see cref="Settings"/>.
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    public const string BankChannel = "bank-channel";
    private const int Instances = 2;

    private readonly TestDatabase _database;
    private readonly string _directory;
    private readonly ProxyCertificate _certificate;
    private LoadBalancer? _balancer;

    private Cluster(TestDatabase database, string directory, ProxyCertificate certificate, IReadOnlyList<HostProcess> hosts, string bankSigningKey)
    {
        _database = database;
        _directory = directory;
        _certificate = certificate;
        Hosts = hosts;
        BankSigningKey = bankSigningKey;
    }

    public IReadOnlyList<HostProcess> Hosts { get; }

    public ClusterTraffic Traffic { get; private set; } = null!;

    public string BankSigningKey { get; }

    public string ConnectionString => _database.ConnectionString!;

    public string ProxyOutput => _balancer?.OutputTail ?? "";

    public static async Task<Cluster> StartAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var directory = Directory.CreateTempSubdirectory("govservices-cluster-").FullName;
        var proxyPort = FreePort();
        var bankSigningKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var environment = Settings(database, directory, proxyPort, bankSigningKey)
            .ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value);
        var hosts = Enumerable.Range(1, Instances)
            .Select(number => new HostProcess($"host{number.ToString(CultureInfo.InvariantCulture)}", FreePort(), environment))
            .ToList();
        var cluster = new Cluster(database, directory, ProxyCertificate.Create(), hosts, bankSigningKey);
        try
        {
            // Together, on the empty database: start-up work must be safe when N instances start at once (ADR 0031).
            foreach (var host in hosts)
                host.Start();
            await Task.WhenAll(hosts.Select(host => host.WaitUntilReadyAsync()));
            cluster._balancer = await LoadBalancer.StartAsync(directory, proxyPort, cluster._certificate, hosts);
            cluster.Traffic = new ClusterTraffic(cluster._balancer.BaseAddress, cluster._certificate);
            foreach (var host in hosts)
                await cluster.WaitUntilInRotationAsync(host, TimeSpan.FromSeconds(20));
            return cluster;
        }
        catch
        {
            TestContext.Progress.WriteLine(cluster.Diagnostics());
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until the load balancer sends requests to <paramref name="host"/>; returns how long that took.</summary>
    public async Task<TimeSpan> WaitUntilInRotationAsync(HostProcess host, TimeSpan budget)
    {
        var started = Traffic.Now;
        while (Traffic.Now - started < budget)
        {
            var answer = await Traffic.SendAsync(
                "rotation probe", () => new HttpRequestMessage(HttpMethod.Get, "health/live"), [200, 502, 503], routeTo: host.Name);
            if (answer.Status == 200 && answer.ServedBy == host.Name)
                return Traffic.Now - started;
            await Task.Delay(100);
        }

        throw new TimeoutException($"{host.Name} did not enter the load balancer's rotation within {budget.TotalSeconds:0} s.\n{Diagnostics()}");
    }

    /// <summary>The last lines of every process, for a failure message.</summary>
    public string Diagnostics() =>
        string.Join("\n\n", Hosts.Select(host => $"=== {host.Name} ===\n{host.OutputTail}").Append($"=== haproxy ===\n{ProxyOutput}"));

    public async ValueTask DisposeAsync()
    {
        Traffic?.Dispose();
        if (_balancer is not null)
            await _balancer.DisposeAsync();
        foreach (var host in Hosts)
            await host.DisposeAsync();
        _certificate.Dispose();
        await _database.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>
    /// What Production requires (README, "Configuration"): the issuer — the proxy's public https address —, the token
    /// certificates, the database, the trusted proxy, the bank channel's key, a shared permit document folder. Then the
    /// test's own: demo clients, users and residents to act with (off by default in Production), rate limits out of
    /// the way of a load test from one address, a shorter outbox lease and seal interval so that what a killed
    /// instance held is taken over within the test's time (docs/adr/0049).
    /// </summary>
    private static Dictionary<string, string> Settings(TestDatabase database, string directory, int proxyPort, string bankSigningKey)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Identity:Issuer"] = $"https://127.0.0.1:{proxyPort.ToString(CultureInfo.InvariantCulture)}/",
            ["Http:KnownProxies"] = IPAddress.Loopback.ToString(),
            [$"Payments:Channels:{BankChannel}:SigningKey"] = bankSigningKey,
            ["Permits:DocumentDirectory"] = Directory.CreateDirectory(Path.Combine(directory, "permit-documents")).FullName,
            ["Identity:SeedDemoData"] = "true",
            ["CivilRegistry:SeedDemoData"] = "true",
            ["RateLimits:TokenRequestsPerMinute"] = "100000",
            ["RateLimits:RegistryLookupsPerMinute"] = "100000",
            ["RateLimits:PublicRequestsPerMinute"] = "100000",
            ["RateLimits:SignInAttemptsPerMinute"] = "100000",
            ["Outbox:PollInterval"] = "00:00:00.250",
            ["Outbox:LeaseDuration"] = "00:00:10",
            ["Audit:SealInterval"] = "00:00:01",
            // The partner app's webhook receiver is in the test process, on loopback over http: what the SSRF guard
            // refuses in production. A killed instance's deliveries are taken over once their lease runs out.
            ["Notifications:Webhooks:AllowPrivateAddresses"] = "true",
            ["Notifications:Delivery:LeaseDuration"] = "00:00:10",
            ["Notifications:Delivery:PollInterval"] = "00:00:00.250",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in database.ToConfiguration().Concat(TestCertificates.Settings))
        {
            if (value is not null)
                settings[key] = value;
        }

        return settings;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

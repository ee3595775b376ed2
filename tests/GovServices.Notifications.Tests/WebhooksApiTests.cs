using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications.Tests;

/// <summary>
/// Webhook subscriptions and their deliveries over HTTP with real tokens, to a real receiver on 127.0.0.1 that checks
/// every signature with the StandardWebhooks package, on each database. The host runs in Development (where the
/// receiver's http URL on the loopback is allowed) on a fake clock that the retry tests move.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed partial class WebhooksApiTests(DatabaseProvider provider)
{
    private static readonly Uri Webhooks = new("/api/v1/notifications/webhooks", UriKind.Relative);
    private static readonly Uri Complaints = new("/api/v1/complaints", UriKind.Relative);

    private readonly Dictionary<string, string> _tokens = [];
    private TestDatabase? _database;
    private FakeClockHost? _host;
    private WebhookReceiver? _receiver;

    private OAuthTestClient OAuth => new(_host!);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _database = await TestDatabase.CreateAsync(provider);
        _host = new FakeClockHost(HostSettings(_database), DateTimeOffset.UtcNow, environment: "Development");
        _host.CreateClient().Dispose();

        _tokens["partner-app"] = (await OAuth.ClientCredentialsAsync("partner-app", "notifications.manage")).AccessToken;
        _tokens["opd-system"] = (await OAuth.ClientCredentialsAsync("opd-system", "notifications.manage")).AccessToken;
        _tokens["officer.dlh"] = (await OAuth.AuthorizationCodeAsync("officer.dlh", "openid", "notifications.manage")).AccessToken;
        _tokens["officer.dpmptsp"] = (await OAuth.AuthorizationCodeAsync("officer.dpmptsp", "openid", "notifications.manage")).AccessToken;
        _tokens["admin"] = (await OAuth.AuthorizationCodeAsync("admin", "openid", "notifications.manage")).AccessToken;
        _tokens["coordinator"] = (await OAuth.AuthorizationCodeAsync("coordinator", "openid", "complaints.read", "complaints.manage")).AccessToken;
        _tokens["citizen"] = (await OAuth.AuthorizationCodeAsync("citizen", "openid", "complaints.submit")).AccessToken;
    }

    /// <summary>
    /// Each test starts at the real time: the receiver's StandardWebhooks check refuses a timestamp more than 5 minutes
    /// from its own clock, and the host's fake clock stands still between tests.
    /// </summary>
    [SetUp]
    public void StartTheClockNow() => _host!.Travel(DateTimeOffset.UtcNow);

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        if (_receiver is not null)
            await _receiver.DisposeAsync();
    }

    /// <summary>Development, on the test's database; the demo residents are not needed.</summary>
    internal static IReadOnlyDictionary<string, string?> HostSettings(TestDatabase database) =>
        database.ToConfiguration()
            .Concat(new Dictionary<string, string?>
            {
                ["Identity:SeedDemoData"] = "true",
                ["CivilRegistry:SeedDemoData"] = "false",
                ["RateLimits:PublicRequestsPerMinute"] = "10000",
                ["Notifications:Webhooks:SecretRotationOverlap"] = "00:02:00",
            })
            .ToDictionary(setting => setting.Key, setting => setting.Value);

    private HttpClient Api(string who) => OAuth.CreateApiClient(_tokens[who]);

    private static Uri Of(string id, string? step = null) =>
        new(step is null ? $"/api/v1/notifications/webhooks/{id}" : $"/api/v1/notifications/webhooks/{id}/{step}", UriKind.Relative);

    /// <summary>A new endpoint of <paramref name="who"/> at a fresh receiver path: its id, secret, path and ETag.</summary>
    private async Task<CreatedEndpoint> SubscribeAsync(string who, params string[] eventTypes)
    {
        var url = _receiver!.NewUrl(out var path);
        using var api = Api(who);
        using var response = await api.PostAsJsonAsync(Webhooks, new { url, eventTypes, description = "test receiver" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        var json = JsonNode.Parse(body)!;
        return new CreatedEndpoint(json["id"]!.GetValue<string>(), json["secret"]!.GetValue<string>(), path, response.Headers.ETag!.Tag);
    }

    private async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        return JsonNode.Parse(text)!;
    }

    private async Task<JsonNode> GetAsync(string who, Uri uri)
    {
        using var api = Api(who);
        using var response = await api.GetAsync(uri);
        return await ReadAsync(response, HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> PostAsync(string who, Uri uri)
    {
        using var api = Api(who);
        return await api.PostAsync(uri, null);
    }

    /// <summary>The citizen files a complaint of <paramref name="category"/>; its id.</summary>
    private async Task<string> FileComplaintAsync(string category)
    {
        using var api = Api("citizen");
        using var response = await api.PostAsJsonAsync(Complaints, new { title = "Sampah menumpuk", description = "Belum diangkut sejak Senin.", category, address = "Jl. Ahmad Yani, Bontang Utara" });
        return (await ReadAsync(response, HttpStatusCode.Created))["id"]!.GetValue<string>();
    }

    /// <summary>The coordinator takes <paramref name="action"/> on the complaint with the ETag just read, as a client does.</summary>
    private async Task StepAsync(string complaintId, string action)
    {
        using var api = Api("coordinator");
        var complaint = new Uri($"{Complaints}/{complaintId}", UriKind.Relative);
        using var read = await api.GetAsync(complaint);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{complaint}/{action}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(read.Headers.ETag!.Tag));
        using var response = await api.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private static void AssertSignedWith(IEnumerable<ReceivedWebhook> received, string secret)
    {
        foreach (var webhook in received)
            Assert.That(webhook.IsSignedWith(secret), Is.True, $"signature {webhook.Signature} of {webhook.Id} does not verify");
    }

    private sealed record CreatedEndpoint(string Id, string Secret, string Path, string ETag);
}

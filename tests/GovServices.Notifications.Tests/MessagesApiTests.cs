using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using GovServices.Testing.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Notifications.Tests;

/// <summary>
/// Messages to a complaint's reporter over the real API, on each database: a real SMTP server in the test process
/// (<see cref="MailCatcher"/>) receives the emails, a real HTTP receiver on 127.0.0.1 stands in for the SMS gateway
/// and the WhatsApp Cloud API, checking the request shape, and answers as they do. The host runs on a fake clock the
/// retry tests move. Each test files its own complaint and looks only at the messages that name its tracking code.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed partial class MessagesApiTests(DatabaseProvider provider)
{
    private const string SmsPath = "sms/send";
    private const string SmsToken = "sms-token-test";
    private const string SmsSecret = "sms-callback-secret";
    private const string WhatsAppPhoneId = "1098765432";
    private const string WhatsAppPath = WhatsAppPhoneId + "/messages";
    private const string WhatsAppToken = "wa-access-token";
    private const string WhatsAppSecret = "wa-app-secret";
    private const string CitizenPhoneAsGiven = "0812-3456-7890";
    private const string CitizenPhone = "+6281234567890";
    private const string CitizenEmail = "citizen@demo.bontangkota.go.id";

    private static readonly Uri Complaints = new("/api/v1/complaints", UriKind.Relative);
    private static readonly Uri Me = new("/api/v1/notifications/me", UriKind.Relative);
    private static readonly Uri Preferences = new("/api/v1/notifications/me/preferences", UriKind.Relative);

    private readonly Dictionary<string, string> _tokens = [];
    private TestDatabase? _database;
    private FakeClockHost? _host;
    private WebhookReceiver? _providers;
    private MailCatcher? _mail;

    private OAuthTestClient OAuth => new(_host!);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _providers = await WebhookReceiver.StartAsync();
        _mail = MailCatcher.Start();
        _database = await TestDatabase.CreateAsync(provider);
        var settings = WebhooksApiTests.HostSettings(_database).ToDictionary(setting => setting.Key, setting => setting.Value);
        settings["Notifications:PublicBaseUrl"] = "https://layanan.bontangkota.go.id";
        settings["Notifications:RateLimits:whatsapp"] = "4"; // MessagesApiTests.RateLimits
        settings["CivilRegistry:SeedDemoData"] = "true"; // permit applicants are checked against it (MessagesApiTests.Permits)
        settings["Payments:Channels:bank-channel:SigningKey"] = SnapBank.DemoSigningKey; // the bank pays (MessagesApiTests.Payers)
        settings["Notifications:Email:Host"] = "127.0.0.1";
        settings["Notifications:Email:Port"] = _mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Notifications:Email:Security"] = "None";
        settings["Notifications:Email:Timeout"] = "00:00:05";
        settings["Notifications:Sms:Url"] = new Uri(_providers.BaseAddress, SmsPath).ToString();
        settings["Notifications:Sms:TokenHeader"] = "X-Api-Key";
        settings["Notifications:Sms:Token"] = SmsToken;
        settings["Notifications:Sms:CallbackSecret"] = SmsSecret;
        settings["Notifications:WhatsApp:BaseUrl"] = _providers.BaseAddress.ToString();
        settings["Notifications:WhatsApp:PhoneNumberId"] = WhatsAppPhoneId;
        settings["Notifications:WhatsApp:AccessToken"] = WhatsAppToken;
        settings["Notifications:WhatsApp:AppSecret"] = WhatsAppSecret;
        settings["Notifications:WhatsApp:VerifyToken"] = "wa-verify";
        _host = new FakeClockHost(settings, DateTimeOffset.UtcNow, environment: "Development");
        _host.CreateClient().Dispose();

        _tokens["citizen"] = (await OAuth.AuthorizationCodeAsync("citizen", "openid", "complaints.submit", "complaints.read", "notifications.me")).AccessToken;
        _tokens["officer.dlh"] = (await OAuth.AuthorizationCodeAsync("officer.dlh", "openid", "complaints.read", "complaints.manage", "notifications.me")).AccessToken;
        _tokens["coordinator"] = (await OAuth.AuthorizationCodeAsync("coordinator", "openid", "complaints.read", "complaints.manage")).AccessToken;
        _tokens["admin"] = (await OAuth.AuthorizationCodeAsync("admin", "openid", "notifications.manage")).AccessToken;
        _tokens["officer.dlh.manage"] = (await OAuth.AuthorizationCodeAsync("officer.dlh", "openid", "notifications.manage")).AccessToken;
        await ExecuteAsync("UPDATE identity.\"AspNetUsers\" SET \"PhoneNumber\" = @phone WHERE \"UserName\" = 'citizen'", new { phone = CitizenPhoneAsGiven });
    }

    [SetUp]
    public async Task StartEachTestAtTheDefaultsAsync()
    {
        _host!.Travel(DateTimeOffset.UtcNow);
        await SetPreferencesAsync(email: true, sms: false, whatsapp: true);
        await ExecuteAsync("UPDATE identity.\"AspNetUsers\" SET \"PhoneNumber\" = @phone WHERE \"UserName\" = 'citizen'", new { phone = CitizenPhoneAsGiven });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        if (_providers is not null)
            await _providers.DisposeAsync();
        if (_mail is not null)
            await _mail.DisposeAsync();
    }

    private HttpClient Api(string who) => OAuth.CreateApiClient(_tokens[who]);

    private async Task SetPreferencesAsync(bool email, bool sms, bool whatsapp, string language = "id")
    {
        using var api = Api("citizen");
        using var response = await api.PutAsJsonAsync(Preferences, new { email, sms, whatsapp, language });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The citizen files a waste complaint; its URI and tracking code.</summary>
    private async Task<(Uri Complaint, string TrackingCode)> FileComplaintAsync()
    {
        using var api = Api("citizen");
        using var response = await api.PostAsJsonAsync(Complaints, new { title = "Sampah menumpuk", description = "Belum diangkut sejak Senin.", category = "sampah", address = "Jl. Ahmad Yani, Bontang Utara" });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), json.ToJsonString());
        return (new Uri($"{Complaints}/{json["id"]!.GetValue<string>()}", UriKind.Relative), json["trackingCode"]!.GetValue<string>());
    }

    /// <summary><paramref name="who"/> takes <paramref name="action"/> with the ETag just read, as a client does.</summary>
    private async Task StepAsync(string who, Uri complaint, string action, object? body = null)
    {
        using var api = Api(who);
        using var read = await api.GetAsync(complaint);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{complaint}/{action}", UriKind.Relative))
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(read.Headers.ETag!.Tag));
        using var response = await api.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task CommentAsync(string who, Uri complaint, string text)
    {
        using var api = Api(who);
        using var response = await api.PostAsJsonAsync(new Uri($"{complaint}/comments", UriKind.Relative), new { text });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The inbox of <paramref name="who"/>, every page, newest first.</summary>
    private async Task<List<JsonNode>> InboxAsync(string who, string query = "")
    {
        using var api = Api(who);
        var items = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var uri = new Uri($"{Me}?limit=3{query}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}", UriKind.Relative);
            using var response = await api.GetAsync(uri);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), page.ToJsonString());
            items.AddRange(page["items"]!.AsArray().Select(item => item!));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return items;
    }

    /// <summary>The inbox messages about <paramref name="trackingCode"/>, once <paramref name="count"/> are there or the patience ran out.</summary>
    private async Task<List<JsonNode>> WaitForInboxAsync(string trackingCode, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        List<JsonNode> about;
        do
        {
            about = [.. (await InboxAsync("citizen")).Where(item => item["link"]!.GetValue<string>().EndsWith("/" + trackingCode, StringComparison.Ordinal))];
            if (about.Count >= count)
                break;
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        return about;
    }

    private IReadOnlyList<ReceivedWebhook> WhatsAppAbout(string trackingCode) =>
        [.. _providers!.At(WhatsAppPath).Where(request => request.Body.Contains(trackingCode, StringComparison.Ordinal))];

    private IReadOnlyList<ReceivedWebhook> SmsAbout(string trackingCode) =>
        [.. _providers!.At(SmsPath).Where(request => request.Body.Contains(trackingCode, StringComparison.Ordinal))];

    private async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>> received, int count, Action? meanwhile = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (received().Count < count && DateTime.UtcNow < deadline)
        {
            meanwhile?.Invoke();
            await Task.Delay(100);
        }

        return received();
    }

    /// <summary>The messages' rows about <paramref name="trackingCode"/> (the test reads what staff would see in the log).</summary>
    private async Task<List<MessageLogRow>> MessagesAboutAsync(string trackingCode)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenConnectionAsync();
        var rows = await connection.QueryAsync<MessageLogRow>(
            "SELECT id, channel, template_id AS TemplateId, template_version AS TemplateVersion, status, address, body FROM notifications.message WHERE link LIKE @code",
            new { code = "%" + trackingCode });
        return [.. rows];
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

    private async Task<string> StatusOfAsync(string messageId, string expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        string status;
        do
        {
            status = await ScalarAsync<string>("SELECT status FROM notifications.message WHERE id = @id", new { id = messageId });
            if (status == expected)
                break;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return status;
    }

    private static string Sign(string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private async Task<HttpResponseMessage> CallBackAsync(string path, string body, string? signatureHeader, string? signature)
    {
        using var client = _host!.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signatureHeader is not null && signature is not null)
            request.Headers.TryAddWithoutValidation(signatureHeader, signature);
        return await client.SendAsync(request);
    }

    private sealed class MessageLogRow
    {
        public string Id { get; init; } = "";

        public string Channel { get; init; } = "";

        public string TemplateId { get; init; } = "";

        public int TemplateVersion { get; init; }

        public string Status { get; init; } = "";

        public string? Address { get; init; }

        public string? Body { get; init; }
    }
}

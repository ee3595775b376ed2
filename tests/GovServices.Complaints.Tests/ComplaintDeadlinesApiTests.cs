using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Deadlines;
using GovServices.Complaints.Survey;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovServices.Complaints.Tests;

/// <summary>Due dates in working days, the overdue flags, the "is it fixed?" survey and auto-closing, on a fake clock in 2026.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed partial class ComplaintDeadlinesApiTests(DatabaseProvider provider)
{
    private static readonly Uri Complaints = new("/api/v1/complaints", UriKind.Relative);

    private readonly Dictionary<string, string> _tokens = [];
    private TestDatabase? _database;
    private FakeClockHost? _host;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var settings = _database.ToConfiguration()
            .Append(new("Identity:SeedDemoData", "true"))
            .Append(new("Calendar:RecomputeInterval", "00:00:00.200"))
            .ToDictionary(setting => setting.Key, setting => setting.Value);
        _host = new FakeClockHost(settings, At("2026-03-16", 10));
        _host.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }

    /// <summary>The fake clock of this test; each test starts on Monday 16 March 2026, 10:00 WITA.</summary>
    private FakeTimeProvider Clock { get; set; } = null!;

    [SetUp]
    public void ResetClock() => Clock = _host!.Travel(At("2026-03-16", 10));

    private void TravelTo(DateTimeOffset instant) => Clock = _host!.Travel(instant);

    /// <summary>An instant given as a WITA (UTC+8) date and hour.</summary>
    private static DateTimeOffset At(string witaDate, int hour) =>
        new DateTimeOffset(DateOnly.ParseExact(witaDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

    private async Task<HttpClient> ApiAsync(string user)
    {
        // The token server keeps the real clock, so a token serves every trip in time; sign-ins are rate-limited.
        if (!_tokens.TryGetValue(user, out var token))
        {
            var oauth = new OAuthTestClient(_host!);
            token = user switch
            {
                PartnerApp => (await oauth.ClientCredentialsAsync(PartnerApp, "complaints.submit", "complaints.read")).AccessToken,
                CitizenInbox => (await oauth.AuthorizationCodeAsync("citizen", "openid", "notifications.me")).AccessToken,
                _ => (await oauth.AuthorizationCodeAsync(user, "openid", "complaints.submit", "complaints.read", "complaints.manage")).AccessToken,
            };
            _tokens[user] = token;
        }

        return new OAuthTestClient(_host!).CreateApiClient(token);
    }

    /// <summary>A partner app filing for a reporter who gave no consent to be told (no <c>notify</c>).</summary>
    private const string PartnerApp = "partner-app";

    /// <summary>The demo citizen reading their in-app inbox.</summary>
    private const string CitizenInbox = "citizen.inbox";

    private async Task<Uri> FileAsync(string category = "sampah", string who = "citizen")
    {
        using var api = await ApiAsync(who);
        using var response = await api.PostAsJsonAsync(Complaints, new
        {
            title = "Laporan warga",
            description = "Perlu ditindaklanjuti.",
            category,
            address = "Jl. Ahmad Yani, Bontang Utara",
            reporter = who == PartnerApp ? new { name = "Budi", contact = "0812" } : null,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    private async Task<JsonNode> StepAsync(string who, Uri complaint, string action, object? body = null)
    {
        using var api = await ApiAsync(who);
        using var response = await api.PostStepAsync(complaint, action, await api.ETagOfAsync(complaint), body ?? ComplaintSteps.BodyFor(action));
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action} by {who}: {json}");
        return JsonNode.Parse(json)!;
    }

    private async Task<JsonNode> ReadAsync(Uri complaint)
    {
        using var api = await ApiAsync("coordinator");
        return await api.ReadAsync(complaint);
    }

    private async Task RunDeadlineJobAsync()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new FlagOverdueComplaintsCommand(100));
        await mediator.Send(new AskSurveysCommand(100));
        await mediator.Send(new AutoCloseComplaintsCommand(100));
    }

    private static DateOnly DateOf(JsonNode node, string name) =>
        DateOnly.ParseExact(node[name]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

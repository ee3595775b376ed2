using System.Diagnostics;
using System.Net;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Server;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovServices.Identity.Tests;

/// <summary>
/// What the identity trail records (ADR 0063): every sign-in attempt, the tokens issued per hour, client and grant
/// (counted in memory, flushed every few seconds, adding up across instances), and administrators' reads.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class IdentityTrailTests(DatabaseProvider provider) : IdentityHostFixture(provider)
{
    private static readonly Uri Login = new("/account/login", UriKind.Relative);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Identity:TokenCountFlushInterval"] = "00:00:00.200",
        ["Identity:MaxFailedSignIns"] = "3",
    };

    [Test]
    public async Task Every_sign_in_is_recorded_a_success_a_failure_and_a_lockout_never_the_name_or_password_typed()
    {
        using var browser = OAuth.CreateBrowser();
        using var success = await OAuthTestClient.SubmitLoginAsync(browser, Login, "coordinator", OAuthTestClient.DemoPassword);
        var attempts = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var stranger = OAuth.CreateBrowser();
            using var wrong = await OAuthTestClient.SubmitLoginAsync(stranger, Login, "officer.dlh", "typed-secret-1234");
            attempts.Add(wrong.StatusCode);
        }

        using var guesser = OAuth.CreateBrowser();
        using var unknown = await OAuthTestClient.SubmitLoginAsync(guesser, Login, "nobody-like-this", "typed-secret-1234");

        var coordinator = await TrailOfAsync(await UserIdAsync("coordinator"));
        var officer = await TrailOfAsync(await UserIdAsync("officer.dlh"));
        var anonymous = (await QueryAsync<TrailRow>(
            """SELECT action AS Action, outcome AS Outcome, details AS Details FROM "identity".audit_log WHERE action = 'account.sign_in_failed' AND entity_id IS NULL""")).ToList();
        var everything = string.Join("\n", (await QueryAsync<string>("""SELECT COALESCE(details, '') FROM "identity".audit_log""")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(success.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(coordinator.Select(row => (row.Action, row.Outcome)), Does.Contain(("account.signed_in", "Success")));
            Assert.That(attempts, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Locked }));
            Assert.That(officer.Count(row => row.Action == "account.sign_in_failed" && row.Outcome == "Failed"), Is.EqualTo(2));
            Assert.That(officer.Single(row => row.Action == "account.locked_out").Outcome, Is.EqualTo("Denied"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(anonymous.Select(row => row.Details), Has.Some.Contains("unknown_account"));
            Assert.That(everything, Does.Not.Contain("typed-secret-1234").And.Not.Contain("nobody-like-this"));
        }
    }

    [Test]
    public async Task Tokens_are_counted_per_hour_client_and_grant_and_the_count_lands_within_seconds()
    {
        var before = await TokensCountedAsync("opd-system", "client_credentials");

        for (var token = 0; token < 4; token++)
            await OAuth.ClientCredentialsAsync("opd-system", "complaints.read");

        var counted = await WaitForCountAsync("opd-system", "client_credentials", before + 4);
        var rows = await QueryAsync<long>(
            """SELECT COUNT(*) FROM "identity".token_issuance WHERE client_id = 'opd-system' AND grant_type = 'client_credentials'""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(counted, Is.EqualTo(before + 4), "one row per hour counts every token");
            Assert.That(rows.Single(), Is.EqualTo(1), "not a row per token");
        }
    }

    [Test]
    public async Task Two_instances_flushing_the_same_hour_add_up_and_a_failed_or_unflushed_count_is_only_in_memory()
    {
        var at = DateTimeOffset.UtcNow;
        var first = new TokenIssuanceTally();
        var second = new TokenIssuanceTally();
        for (var token = 0; token < 700; token++)
            first.Count("two-instances", "client_credentials", at);
        for (var token = 0; token < 500; token++)
            second.Count("two-instances", "client_credentials", at);
        var options = new GovIdentityOptions { TokenCountFlushInterval = TimeSpan.FromHours(1) };
        var scopes = Host.Services.GetRequiredService<IServiceScopeFactory>();
        var firstInstance = new TokenIssuanceFlush(first, scopes, options, TimeProvider.System, NullLogger<TokenIssuanceFlush>.Instance);
        var secondInstance = new TokenIssuanceFlush(second, scopes, options, TimeProvider.System, NullLogger<TokenIssuanceFlush>.Instance);

        await Task.WhenAll(firstInstance.FlushAsync(CancellationToken.None), secondInstance.FlushAsync(CancellationToken.None));
        var together = await TokensCountedAsync("two-instances", "client_credentials");

        // A running instance holds what it counted since its last flush; stopping flushes it, a kill would lose only that.
        var third = new TokenIssuanceTally();
        var thirdInstance = new TokenIssuanceFlush(third, scopes, options, TimeProvider.System, NullLogger<TokenIssuanceFlush>.Instance);
        await thirdInstance.StartAsync(CancellationToken.None);
        for (var token = 0; token < 30; token++)
            third.Count("two-instances", "client_credentials", at);
        await Task.Delay(500);
        var whileRunning = await TokensCountedAsync("two-instances", "client_credentials");
        await thirdInstance.StopAsync(CancellationToken.None);
        var afterStop = await TokensCountedAsync("two-instances", "client_credentials");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(together, Is.EqualTo(1200));
            Assert.That(whileRunning, Is.EqualTo(1200), "buffered for at most one interval: what a killed process would lose");
            Assert.That(afterStop, Is.EqualTo(1230), "a stopping host flushes what it holds");
        }
    }

    [Test]
    public async Task Administrators_reads_of_accounts_and_clients_are_recorded()
    {
        var token = await OAuth.AuthorizationCodeAsync("admin", "openid", "identity.admin");
        using var api = OAuth.CreateApiClient(token.AccessToken);
        var citizenId = await UserIdAsync("citizen");

        using var user = await api.GetAsync(new Uri($"/api/v1/identity/users/{citizenId}", UriKind.Relative));
        using var users = await api.GetAsync(new Uri("/api/v1/identity/users?role=citizen", UriKind.Relative));
        using var client = await api.GetAsync(new Uri("/api/v1/identity/clients/partner-app", UriKind.Relative));
        using var clients = await api.GetAsync(new Uri("/api/v1/identity/clients", UriKind.Relative));
        var adminId = await UserIdAsync("admin");
        var reads = (await QueryAsync<TrailRow>(
            """SELECT action AS Action, outcome AS Outcome, details AS Details, entity_id AS EntityId FROM "identity".audit_log WHERE actor_user_id = @adminId""",
            new { adminId })).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { user.StatusCode, users.StatusCode, client.StatusCode, clients.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(reads.Where(row => row.Action == "user.viewed" && row.EntityId == citizenId).Select(row => row.Details), Has.Some.Contains("user.read").And.Some.Contains("user.list"));
            Assert.That(reads.Where(row => row.Action == "client.viewed").Select(row => row.EntityId), Does.Contain("partner-app"));
            Assert.That(reads.Single(row => row.Action == "clients.listed").Details, Does.Contain("partner-app"));
        }
    }

    private async Task<long> WaitForCountAsync(string clientId, string grantType, long expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var counted = await TokensCountedAsync(clientId, grantType);
            if (counted >= expected || clock.Elapsed > TimeSpan.FromSeconds(20))
                return counted;
            await Task.Delay(100);
        }
    }

    private async Task<long> TokensCountedAsync(string clientId, string grantType) =>
        (await QueryAsync<long>(
            """SELECT COALESCE(SUM(token_count), 0) FROM "identity".token_issuance WHERE client_id = @clientId AND grant_type = @grantType""",
            new { clientId, grantType })).Single();

    private async Task<string> UserIdAsync(string userName) =>
        (await QueryAsync<string>("""SELECT "Id" FROM "identity"."AspNetUsers" WHERE "UserName" = @userName""", new { userName })).Single();

    private async Task<List<TrailRow>> TrailOfAsync(string userId) =>
        [.. await QueryAsync<TrailRow>(
            """SELECT action AS Action, outcome AS Outcome, details AS Details, entity_id AS EntityId FROM "identity".audit_log WHERE entity_type = 'user' AND entity_id = @userId""",
            new { userId })];

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    private sealed class TrailRow
    {
        public string Action { get; init; } = "";

        public string Outcome { get; init; } = "";

        public string? Details { get; init; }

        public string? EntityId { get; init; }
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Server;
using GovServices.Identity.Server.Revocations;
using GovServices.Testing;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Tests;

/// <summary>
/// Each instance keeps the status of the tokens it has seen (ADR 0073): a revocation made through one instance, by
/// any path, is refused at the other within a second, and a lost notification connection loses no revocation.
/// </summary>
public sealed partial class TokenIssuerTests
{
    private static readonly TimeSpan RevocationDeadline = TimeSpan.FromSeconds(1);

    [Test]
    public async Task A_client_disabled_through_one_instance_loses_its_tokens_at_the_other_within_a_second()
    {
        using var onFirst = Client(_first!, FirstAddress);
        using var onSecond = Client(_second!, SecondAddress);
        var created = await CreateMachineClientAsync("leaving-partner");
        var token = await ClientCredentialsAsync(onSecond, "leaving-partner", created.ClientSecret!);
        using (var before = await CallAsync(onSecond, token))
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ServedFromMemoryAsync(_second!, token);

        using var admin = await AdminAsync();
        using var disabled = await admin.PostAsync(new Uri("/api/v1/identity/clients/leaving-partner/disable", UriKind.Relative), null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await StatusWithinASecondAsync(onSecond, token, HttpStatusCode.Unauthorized), Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task An_authorization_revoked_through_one_instance_stops_its_access_tokens_at_the_other_within_a_second()
    {
        using var onSecond = Client(_second!, SecondAddress);
        var token = (await new OAuthTestClient(_second!).AuthorizationCodeAsync("citizen", "openid", "offline_access", "complaints.submit")).AccessToken;
        using (var before = await CallAsync(onSecond, token))
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ServedFromMemoryAsync(_second!, token);

        // A citizen withdrawing consent, a reused refresh token: the authorization goes, the access token's entry stays valid.
        await using (var scope = _first!.Services.CreateAsyncScope())
        {
            var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
            var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
            var entry = await tokens.FindByIdAsync(TokenIdOf(token))
                ?? throw new AssertionException("the access token has no entry");
            var authorization = await authorizations.FindByIdAsync((await tokens.GetAuthorizationIdAsync(entry))!)
                ?? throw new AssertionException("the access token has no authorization");
            Assert.That(await authorizations.TryRevokeAsync(authorization), Is.True);
        }

        Assert.That(await StatusWithinASecondAsync(onSecond, token, HttpStatusCode.Unauthorized), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_revocation_made_while_the_listener_was_cut_off_is_honoured_and_the_calls_meanwhile_read_the_database()
    {
        if (Provider != DatabaseProvider.PostgreSql)
            Assert.Ignore("Only PostgreSQL listens; SQLite and SQL Server read their feed from the last position they read.");

        using var onSecond = Client(_second!, SecondAddress);
        var token = await ClientCredentialsAsync(onSecond, "partner-app", "partner-app-secret");
        using (var before = await CallAsync(onSecond, token))
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var listener = _second!.Services.GetRequiredService<PostgreSqlRevocationListener>();
        var cache = _second.Services.GetRequiredService<TokenStatusCache>();
        await ServedFromMemoryAsync(_second, token);
        var cutOff = listener.BackendProcessId;
        using var bypassed = new BypassCount();

        // The listener is killed and the token revoked in one transaction, so its notification can reach no listener
        // of the second instance: only falling back to the database and clearing the cache on reconnecting honour it.
        await using (var connection = new NpgsqlConnection(_database!.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@pid, 5000)", connection, transaction))
            {
                kill.Parameters.AddWithValue("pid", cutOff);
                // With a timeout: it returns once the backend is gone.
                Assert.That(await kill.ExecuteScalarAsync(), Is.True);
            }

            await using (var revoke = new NpgsqlCommand("""UPDATE identity."OpenIddictTokens" SET "Status" = 'revoked' WHERE "Id" = @id""", connection, transaction))
            {
                revoke.Parameters.AddWithValue("id", TokenIdOf(token));
                Assert.That(await revoke.ExecuteNonQueryAsync(), Is.EqualTo(1));
            }

            await transaction.CommitAsync();
        }

        var refused = await StatusWithinASecondAsync(onSecond, token, HttpStatusCode.Unauthorized);
        await WaitUntilAsync(() => listener.BackendProcessId is not 0 && listener.BackendProcessId != cutOff && cache.IsTrusted, "the listener listens again");
        using var afterwards = await CallAsync(onSecond, token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "once it listens again");
            Assert.That(bypassed.Count, Is.GreaterThan(0), "the calls while it was cut off read the database");
        }
    }

    // Polls at short intervals: the answer a caller sees at the deadline, not a fixed sleep.
    private static async Task<HttpStatusCode> StatusWithinASecondAsync(HttpClient client, string accessToken, HttpStatusCode expected)
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            using var response = await CallAsync(client, accessToken);
            if (response.StatusCode == expected || started.Elapsed > RevocationDeadline)
                return response.StatusCode;
            await Task.Delay(TimeSpan.FromMilliseconds(25));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var started = Stopwatch.StartNew();
        while (!condition())
        {
            if (started.Elapsed > TimeSpan.FromSeconds(10))
                Assert.Fail($"Not within 10 s: {what}.");
            await Task.Delay(TimeSpan.FromMilliseconds(25));
        }
    }

    // Without it a refusal would prove nothing: an instance that reads the database at every call refuses at once.
    private static Task ServedFromMemoryAsync(GovServicesWebApplicationFactory host, string accessToken)
    {
        var cache = host.Services.GetRequiredService<TokenStatusCache>();
        return WaitUntilAsync(() => cache.TryGet(TokenIdOf(accessToken), out _), "the instance serves the token's status from memory");
    }

    private static string TokenIdOf(string accessToken) =>
        new JsonWebToken(accessToken).GetClaim(OpenIddictConstants.Claims.Private.TokenId).Value;

    private async Task<HttpClient> AdminAsync()
    {
        var admin = Client(_first!, FirstAddress);
        var token = await ClientCredentialsAsync(admin, "admin-cli", "admin-cli-secret", "identity.admin");
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return admin;
    }

    private async Task<ClientCreatedDto> CreateMachineClientAsync(string clientId)
    {
        using var admin = await AdminAsync();
        using var response = await admin.PostAsJsonAsync(
            new Uri("/api/v1/identity/clients", UriKind.Relative),
            new { clientId, displayName = $"{clientId} (test)", kind = "machine", scopes = new[] { "complaints.read" } });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ClientCreatedDto>())!;
    }

    /// <summary>Counts the calls whose token the second instance read from the database because its feed was not current.</summary>
    private sealed class BypassCount : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public BypassCount()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == TokenIssuanceMetrics.MeterName && instrument.Name == "govservices.identity.token_status_cache.bypassed")
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}

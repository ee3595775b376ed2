using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using GovServices.Testing.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GovServices.Identity.Tests;

/// <summary>
/// Two instances on one database, reached under two host names (as behind a load balancer, or one instance's own
/// address and the public one): with <c>Identity:Issuer</c> they issue and accept the same tokens.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed partial class TokenIssuerTests(DatabaseProvider provider)
{
    private const string Issuer = "https://layanan.bontangkota.test/";
    private static readonly Uri FirstAddress = new("http://instance-a.internal/");
    private static readonly Uri SecondAddress = new("http://instance-b.internal/");
    private static readonly Uri Me = new("/api/v1/identity/me", UriKind.Relative);

    private TestDatabase? _database;
    private DatabaseProvider Provider => provider;
    private GovServicesWebApplicationFactory? _first;
    private GovServicesWebApplicationFactory? _second;

    [OneTimeSetUp]
    public async Task StartInstancesAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var settings = _database.ToConfiguration()
            .Append(new("Identity:SeedDemoData", "true"))
            .Append(new("Identity:Issuer", Issuer))
            .ToDictionary();
        _first = new GovServicesWebApplicationFactory(settings);
        _second = new GovServicesWebApplicationFactory(settings);
        _first.CreateClient().Dispose();
        _second.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopInstancesAsync()
    {
        if (_second is not null)
            await _second.DisposeAsync();
        if (_first is not null)
            await _first.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }

    [Test]
    public async Task A_token_issued_through_one_address_carries_the_configured_issuer_and_works_through_another()
    {
        using var onFirst = Client(_first!, FirstAddress);
        using var onSecond = Client(_second!, SecondAddress);
        var token = await ClientCredentialsAsync(onFirst);

        using var me = await CallAsync(onSecond, token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new JsonWebToken(token).Issuer, Is.EqualTo(Issuer));
            Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), await me.Content.ReadAsStringAsync());
        }
    }

    [Test]
    public async Task Both_instances_advertise_the_configured_issuer_whatever_address_they_are_reached_under()
    {
        using var onFirst = Client(_first!, FirstAddress);
        using var onSecond = Client(_second!, SecondAddress);

        var first = JsonNode.Parse(await onFirst.GetStringAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative)))!;
        var second = JsonNode.Parse(await onSecond.GetStringAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first["issuer"]!.GetValue<string>(), Is.EqualTo(Issuer));
            Assert.That(second["issuer"]!.GetValue<string>(), Is.EqualTo(Issuer));
        }
    }

    [Test]
    public async Task A_token_revoked_through_the_other_instance_stops_working_on_both()
    {
        using var onFirst = Client(_first!, FirstAddress);
        using var onSecond = Client(_second!, SecondAddress);
        var token = await ClientCredentialsAsync(onFirst);
        using (var before = await CallAsync(onFirst, token))
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ServedFromMemoryAsync(_first!, token);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "partner-app",
            ["client_secret"] = "partner-app-secret",
            ["token"] = token,
        });
        using var revoked = await onSecond.PostAsync(new Uri("/connect/revoke", UriKind.Relative), content);
        using var onRevokingInstance = await CallAsync(onSecond, token);
        // The issuing instance cached the token's status; the revocation reaches it within a second (ADR 0073).
        var onIssuingInstance = await StatusWithinASecondAsync(onFirst, token, HttpStatusCode.Unauthorized);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(onIssuingInstance, Is.EqualTo(HttpStatusCode.Unauthorized), "the revocation reached the token's entry");
            Assert.That(onRevokingInstance.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    private static HttpClient Client(GovServicesWebApplicationFactory host, Uri address) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = address });

    private static async Task<string> ClientCredentialsAsync(
        HttpClient client, string clientId = "partner-app", string clientSecret = "partner-app-secret", string scope = "complaints.read")
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = scope,
        });
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
        return (await OAuthTestClient.ReadTokenAsync(response)).AccessToken;
    }

    private static async Task<HttpResponseMessage> CallAsync(HttpClient client, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Me);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await client.SendAsync(request);
    }
}

using System.Net;
using GovServices.ApiClient;
using GovServices.ApiClient.Models;
using GovServices.Testing;
using GovServices.Testing.Identity;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace GovServices.ApiClient.Tests;

/// <summary>
/// The client Kiota generates from docs/openapi/v1.json (this project's build, docs/adr/0070), used as an OPD
/// front-end team would start: Kiota's own HTTP pipeline over a real connection to a host, a bearer token from the real
/// token endpoint, the generated models both ways and the generated problem types for refusals.
/// </summary>
internal sealed class GeneratedClientTests
{
    private static KestrelHost Host => SharedHost.Host;

    private static OAuthTestClient OAuth => new(SharedHost.Host);

    [Test]
    public async Task A_partner_app_files_a_complaint_for_a_reporter_and_reads_it_back()
    {
        var partner = Client(await OAuth.ClientCredentialsAsync("partner-app", "complaints.submit", "complaints.read"));

        var filed = await partner.Api.V1.Complaints.PostAsync(new FileComplaint
        {
            Title = "Lampu jalan mati",
            Description = "Tiga lampu jalan di Jalan Ahmad Yani mati sejak minggu lalu.",
            Category = "penerangan_jalan",
            Latitude = 0.1335,
            Longitude = 117.4872,
            Reporter = new ComplaintReporter { Name = "Budi Hartono", Contact = "081255550101" },
        });
        var read = await partner.Api.V1.Complaints[filed!.Id!.Value].GetAsync();
        var listed = await partner.Api.V1.Complaints.GetAsync(request => request.QueryParameters.Category = "penerangan_jalan");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(filed.Status, Is.EqualTo("submitted"));
            Assert.That(filed.TrackingCode, Does.StartWith("LPR-"));
            Assert.That(filed.VerificationDueOn, Is.Not.Null, "a date of the contract's format \"date\" comes back as a Date");
            Assert.That(read!.Id, Is.EqualTo(filed.Id));
            Assert.That(read.Title, Is.EqualTo("Lampu jalan mati"));
            Assert.That(read.Category, Is.EqualTo("penerangan_jalan"));
            Assert.That(read.Latitude, Is.EqualTo(0.1335));
            Assert.That(read.Reporter?.Name, Is.EqualTo("Budi Hartono"), "the partner app sees the reporter it filed for");
            Assert.That(read.History, Is.Not.Empty);
            Assert.That(listed!.Items!.Select(item => item.Id), Does.Contain(filed.Id));
        }
    }

    [Test]
    public async Task A_citizen_files_tracks_and_withdraws_a_complaint_with_the_etag_the_client_read()
    {
        var citizen = Client(await SignInAsync("citizen", "openid", "complaints.submit", "complaints.read"));
        var anonymous = Client(new AnonymousAuthenticationProvider());

        var filed = await citizen.Api.V1.Complaints.PostAsync(new FileComplaint
        {
            Title = "Jalan berlubang",
            Description = "Lubang besar di Jalan Letjen S. Parman membahayakan pengendara motor.",
            Category = "jalan_rusak",
            Address = "Jalan Letjen S. Parman, Bontang",
        });
        var tracked = await anonymous.Api.V1.Complaints.Track[filed!.TrackingCode!].GetAsync();
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var own = await citizen.Api.V1.Complaints[filed.Id!.Value].GetAsync(request => request.Options.Add(headers));
        var etag = headers.ResponseHeaders["ETag"].Single();
        var withdrawn = await citizen.Api.V1.Complaints[filed.Id.Value].Withdraw.PostAsync(new StepNote { Note = "Sudah diperbaiki warga." }, request => request.Headers.Add("If-Match", etag));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tracked!.Status, Is.EqualTo("submitted"), "anyone tracks it by its code, without a token");
            Assert.That(tracked.Category, Is.EqualTo("jalan_rusak"));
            Assert.That(own!.Reporter?.Nik, Is.EqualTo("6474014107900001"), "the citizen sees their own NIK");
            Assert.That(etag, Is.EqualTo("\"1\""));
            Assert.That(withdrawn!.Status, Is.EqualTo("withdrawn"));
        }
    }

    [Test]
    public async Task A_refusal_arrives_as_the_generated_problem_type_with_its_code()
    {
        var partner = Client(await OAuth.ClientCredentialsAsync("partner-app", "complaints.submit"));

        var refusal = Assert.ThrowsAsync<ProblemDetails>(() => partner.Api.V1.Complaints.PostAsync(new FileComplaint
        {
            Title = "Kategori tidak dikenal",
            Description = "Laporan dengan kategori yang tidak ada.",
            Category = "tidak_ada",
            Address = "Bontang",
            Reporter = new ComplaintReporter { Name = "Budi Hartono", Contact = "081255550101" },
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusal!.ResponseStatusCode, Is.EqualTo(422));
            Assert.That(refusal.Status, Is.EqualTo(422));
            Assert.That(refusal.AdditionalData["code"], Is.Not.Null);
        }
    }

    /// <summary>A person's token through the authorization code flow, signed in on the host's login page over its socket.</summary>
    private async Task<TokenResponse> SignInAsync(string userName, params string[] scopes)
    {
        var pkce = Pkce.Create();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Host.BaseAddress };
        var code = await OAuth.SignInForCodeAsync(browser, userName, OAuthTestClient.DemoPassword, pkce, scopes);
        using var response = await OAuth.ExchangeCodeAsync(code, pkce.Verifier);
        return await OAuthTestClient.ReadTokenAsync(response);
    }

    private GovServicesClient Client(TokenResponse token) =>
        Client(new BaseBearerTokenAuthenticationProvider(new StaticAccessToken(token.AccessToken)));

    /// <summary>As a team starts: Kiota's default HTTP pipeline (retries, redirects, compression) to the host's address.</summary>
    private GovServicesClient Client(IAuthenticationProvider authentication)
    {
        var adapter = new HttpClientRequestAdapter(authentication, httpClient: KiotaClientFactory.Create()) { BaseUrl = Host.BaseAddress.ToString().TrimEnd('/') };
        return new GovServicesClient(adapter);
    }

    /// <summary>A token the test obtained from the real token endpoint; a front end would refresh it here.</summary>
    private sealed class StaticAccessToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}

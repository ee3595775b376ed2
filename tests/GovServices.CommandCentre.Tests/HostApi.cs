using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GovServices.Testing.Identity;

namespace GovServices.CommandCentre.Tests;

/// <summary>The real host's API over HTTP, with tokens from its real token endpoint.</summary>
internal sealed class HostApi(Uri baseAddress)
{
    public const string Password = "Demo#2026!";

    /// <summary>The person the partner app files for: personal data the Command Centre must never show.</summary>
    public const string ReporterName = "Rahmat Hidayat";

    public const string ReporterContact = "081234567890";

    /// <summary>The demo citizen's NIK (Identity's DemoAccounts), a resident of the synthetic registry.</summary>
    public const string CitizenNik = "6474014107900001";

    /// <summary>An access token for a demo person, through the authorization code flow and the login form.</summary>
    public async Task<HttpClient> AsPersonAsync(string userName, params string[] scopes)
    {
        var pkce = Pkce.Create();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        using var toLogin = await browser.GetAsync(OAuthTestClient.AuthorizeUri(pkce, scopes));
        using var afterLogin = await OAuthTestClient.SubmitLoginAsync(browser, toLogin.Headers.Location!, userName, Password);
        using var toClient = await browser.GetAsync(afterLogin.Headers.Location!);
        var code = System.Web.HttpUtility.ParseQueryString(toClient.Headers.Location!.Query)["code"]
            ?? throw new InvalidOperationException($"No code for {userName}: {toClient.Headers.Location}");
        return await WithTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = OAuthTestClient.SpaClientId,
            ["code"] = code,
            ["redirect_uri"] = OAuthTestClient.SpaRedirectUri,
            ["code_verifier"] = pkce.Verifier,
        });
    }

    /// <summary>An access token for a demo machine client, whose secret is its id followed by "-secret".</summary>
    public Task<HttpClient> AsClientAsync(string clientId, params string[] scopes) =>
        WithTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientId + "-secret",
            ["scope"] = string.Join(' ', scopes),
        });

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, () => $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<HttpClient> WithTokenAsync(Dictionary<string, string> form)
    {
        using var anonymous = new HttpClient { BaseAddress = baseAddress };
        using var response = await anonymous.PostAsync(new Uri("connect/token", UriKind.Relative), new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The token endpoint refused {form["grant_type"]}: {body}");
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString();
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task VerifyResidentAsync(HttpClient partner, string nik, string fullName)
    {
        using var response = await partner.PostAsJsonAsync(new Uri("api/v1/civil-registry/verifications", UriKind.Relative), new { nik, purpose = "public-service", fullName });
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> FileComplaintAsync(HttpClient partner, string category, double latitude, double longitude)
    {
        using var response = await partner.PostAsJsonAsync(new Uri("api/v1/complaints", UriKind.Relative), new
        {
            title = "Sampah menumpuk di tepi jalan",
            description = "Sampah rumah tangga tidak diangkut selama seminggu di depan pasar.",
            category,
            latitude,
            longitude,
            reporter = new { name = ReporterName, contact = ReporterContact },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("trackingCode").GetString()!;
    }
}

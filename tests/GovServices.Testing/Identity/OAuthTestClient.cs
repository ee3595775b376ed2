using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovServices.Testing.Identity;

/// <summary>
/// Gets real tokens from the real token endpoint of a test host, the way a standard OAuth client does —
/// including signing in through the login form for the authorization code flow.
/// </summary>
public sealed partial class OAuthTestClient(WebApplicationFactory<Program> host)
{
    public const string DemoPassword = "Demo#2026!";
    public const string SpaClientId = "demo-spa";
    public const string SpaRedirectUri = "http://127.0.0.1:5173/callback";

    /// <summary>A client that keeps cookies and shows redirects instead of following them, like a browser under test.</summary>
    public HttpClient CreateBrowser() =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpResponseMessage> PostTokenRequestAsync(IEnumerable<KeyValuePair<string, string>> form)
    {
        using var client = host.CreateClient();
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
    }

    /// <summary>A token for a demo client, whose secret is its id followed by "-secret".</summary>
    public Task<TokenResponse> ClientCredentialsAsync(string clientId, params string[] scopes) =>
        ClientCredentialsWithSecretAsync(clientId, clientId + "-secret", scopes);

    public async Task<TokenResponse> ClientCredentialsWithSecretAsync(string clientId, string clientSecret, params string[] scopes)
    {
        using var response = await PostClientCredentialsAsync(clientId, clientSecret, scopes);
        return await ReadTokenAsync(response);
    }

    /// <summary>The client credentials request itself, for tests that expect it to be refused.</summary>
    public Task<HttpResponseMessage> PostClientCredentialsAsync(string clientId, string clientSecret, params string[] scopes) =>
        PostTokenRequestAsync(
        [
            new("grant_type", "client_credentials"),
            new("client_id", clientId),
            new("client_secret", clientSecret),
            new("scope", string.Join(' ', scopes)),
        ]);

    /// <summary>
    /// The whole authorization code flow: authorize, sign in on the login form, come back with a code, exchange
    /// it with the PKCE verifier.
    /// </summary>
    public Task<TokenResponse> AuthorizationCodeAsync(string userName, params string[] scopes) =>
        AuthorizationCodeWithPasswordAsync(userName, DemoPassword, scopes);

    /// <inheritdoc cref="AuthorizationCodeAsync"/>
    public async Task<TokenResponse> AuthorizationCodeWithPasswordAsync(string userName, string password, params string[] scopes)
    {
        var pkce = Pkce.Create();
        using var browser = CreateBrowser();
        var code = await SignInForCodeAsync(browser, userName, password, pkce, scopes);
        using var response = await ExchangeCodeAsync(code, pkce.Verifier);
        return await ReadTokenAsync(response);
    }

    public static Uri AuthorizeUri(Pkce pkce, IEnumerable<string> scopes, string state = "test-state", string clientId = SpaClientId, string redirectUri = SpaRedirectUri) =>
        new("/connect/authorize"
            + $"?client_id={Uri.EscapeDataString(clientId)}"
            + $"&redirect_uri={Uri.EscapeDataString(redirectUri)}"
            + "&response_type=code"
            + $"&scope={Uri.EscapeDataString(string.Join(' ', scopes))}"
            + $"&state={Uri.EscapeDataString(state)}"
            + $"&code_challenge={pkce.Challenge}&code_challenge_method=S256",
            UriKind.Relative);

    /// <summary>Follows the flow through the login form and returns the authorization code.</summary>
    public async Task<string> SignInForCodeAsync(HttpClient browser, string userName, string password, Pkce pkce, IEnumerable<string> scopes)
    {
        using var toLogin = await browser.GetAsync(AuthorizeUri(pkce, scopes));
        Expect(toLogin, HttpStatusCode.Redirect, "authorize should send an anonymous browser to the login page");

        using var afterLogin = await SubmitLoginAsync(browser, toLogin.Headers.Location!, userName, password);
        Expect(afterLogin, HttpStatusCode.Redirect, "a successful sign-in should return to the authorize endpoint");

        using var toClient = await browser.GetAsync(afterLogin.Headers.Location!);
        Expect(toClient, HttpStatusCode.Redirect, "authorize should return the signed-in browser to the client");
        var query = System.Web.HttpUtility.ParseQueryString(toClient.Headers.Location!.Query);
        return query["code"] ?? throw new InvalidOperationException($"No code in {toClient.Headers.Location}: {query["error"]} {query["error_description"]}");
    }

    /// <summary>Loads the login form at <paramref name="loginUri"/> and posts it with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient browser, Uri loginUri, string userName, string password)
    {
        var form = await browser.GetStringAsync(loginUri);
        var fields = HiddenField().Matches(form).ToDictionary(match => match.Groups["name"].Value, match => System.Net.WebUtility.HtmlDecode(match.Groups["value"].Value));
        fields["userName"] = userName;
        fields["password"] = password;
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(new Uri("/account/login", UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> ExchangeCodeAsync(string code, string? verifier, string redirectUri = SpaRedirectUri)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "authorization_code"),
            new("client_id", SpaClientId),
            new("code", code),
            new("redirect_uri", redirectUri),
        };
        if (verifier is not null)
            form.Add(new("code_verifier", verifier));
        return PostTokenRequestAsync(form);
    }

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        PostTokenRequestAsync(
        [
            new("grant_type", "refresh_token"),
            new("client_id", SpaClientId),
            new("refresh_token", refreshToken),
        ]);

    /// <summary>
    /// A client for API calls that sends <paramref name="accessToken"/> as a bearer token, and checks every 2xx JSON
    /// answer against the contract (<see cref="ContractCheckingHandler"/>).
    /// </summary>
    public HttpClient CreateApiClient(string accessToken)
    {
        // As CreateClient() builds it (redirects followed, cookies kept), with the contract check innermost.
        var client = host.CreateDefaultClient(
            host.ClientOptions.BaseAddress,
            new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(),
            new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(),
            new ContractCheckingHandler());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<TokenResponse> ReadTokenAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Token request failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    public static async Task<OAuthError> ReadErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<OAuthError>())!;

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string because)
    {
        if (response.StatusCode != status)
            throw new InvalidOperationException($"Expected {(int)status} because {because}, got {(int)response.StatusCode} ({response.Headers.Location}).");
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenField();
}

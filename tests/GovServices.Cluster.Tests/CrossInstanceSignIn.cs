using System.Net;
using System.Text.RegularExpressions;
using GovServices.Testing.Identity;

namespace GovServices.Cluster.Tests;

/// <summary>
/// The authorization code flow of a person in one browser, each step sent to a chosen instance: the authorization
/// request and the login form from one, the credentials posted to the other (which must accept the first one's
/// antiforgery token), back to the first with the other's session cookie, and the code exchanged at the other.
/// Every step is honoured only if the instances share the Data Protection key ring and the token store.
/// </summary>
internal static partial class CrossInstanceSignIn
{
    /// <summary>Signs <paramref name="userName"/> in, started on <paramref name="first"/> and finished on <paramref name="second"/>.</summary>
    public static async Task<(string AccessToken, IReadOnlyList<string?> ServedBy)> SignInAsync(
        ClusterTraffic traffic, string first, string second, string userName, params string[] scopes)
    {
        var cookies = new CookieContainer();
        using var browser = traffic.CreateClient(cookies);
        var pkce = Pkce.Create();
        var servedBy = new List<string?>();

        var toLogin = await traffic.SendAsync("sign-in", () => new HttpRequestMessage(HttpMethod.Get, OAuthTestClient.AuthorizeUri(pkce, scopes)), [302], routeTo: first, client: browser);
        servedBy.Add(toLogin.ServedBy);
        var loginUri = new Uri(toLogin.Location ?? throw Failed("authorize did not send the browser to the login page", toLogin));
        if (loginUri.GetLeftPart(UriPartial.Authority) != traffic.BaseAddress.GetLeftPart(UriPartial.Authority))
            throw new InvalidOperationException($"The login page is at {loginUri}, not at the public address {traffic.BaseAddress}: the forwarded headers were not honoured.");

        var form = await traffic.SendAsync("sign-in", () => new HttpRequestMessage(HttpMethod.Get, loginUri), [200], routeTo: first, client: browser);
        servedBy.Add(form.ServedBy);
        var fields = HiddenField().Matches(form.Body).ToDictionary(match => match.Groups["name"].Value, match => WebUtility.HtmlDecode(match.Groups["value"].Value));
        fields["userName"] = userName;
        fields["password"] = OAuthTestClient.DemoPassword;

        var signedIn = await traffic.SendAsync(
            "sign-in", () => new HttpRequestMessage(HttpMethod.Post, "account/login") { Content = new FormUrlEncodedContent(fields) }, [302], routeTo: second, client: browser);
        servedBy.Add(signedIn.ServedBy);
        var backToAuthorize = signedIn.Location ?? throw Failed("the sign-in was not accepted", signedIn);

        var toClient = await traffic.SendAsync("sign-in", () => new HttpRequestMessage(HttpMethod.Get, backToAuthorize), [302], routeTo: first, client: browser);
        servedBy.Add(toClient.ServedBy);
        var code = System.Web.HttpUtility.ParseQueryString(new Uri(toClient.Location ?? throw Failed("authorize did not answer the signed-in browser", toClient)).Query)["code"]
            ?? throw Failed("authorize gave no code to the signed-in browser", toClient);

        var exchanged = await traffic.SendAsync(
            "sign-in",
            () => new HttpRequestMessage(HttpMethod.Post, "connect/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "authorization_code",
                    ["client_id"] = OAuthTestClient.SpaClientId,
                    ["code"] = code,
                    ["redirect_uri"] = OAuthTestClient.SpaRedirectUri,
                    ["code_verifier"] = pkce.Verifier,
                }),
            },
            [200],
            routeTo: second,
            client: browser);
        servedBy.Add(exchanged.ServedBy);
        if (!exchanged.IsSuccess)
            throw Failed("the code was not exchanged", exchanged);
        return (exchanged.Json["access_token"]!.GetValue<string>(), servedBy);
    }

    private static InvalidOperationException Failed(string what, Answer answer) =>
        new($"Sign-in across instances: {what} ({answer.Status} from {answer.ServedBy}, Location {answer.Location}): {answer.Body[..Math.Min(answer.Body.Length, 500)]}");

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenField();
}

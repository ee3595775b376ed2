using System.Net;
using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Account;
using GovServices.Testing.Identity;

namespace GovServices.Identity.Tests;

public sealed class LoginPageTests() : IdentityHostFixture(DatabaseProvider.Sqlite)
{
    [Test]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var browser = OAuth.CreateBrowser();
        var login = new Uri("/account/login", UriKind.Relative);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await OAuthTestClient.SubmitLoginAsync(browser, login, "auditor", "not-the-password");
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized).Or.EqualTo(HttpStatusCode.Locked));
        }

        using var right = await OAuthTestClient.SubmitLoginAsync(browser, login, "auditor", OAuthTestClient.DemoPassword);

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.Locked));
    }

    [Test]
    public async Task A_wrong_password_shows_the_form_again_without_signing_in()
    {
        using var browser = OAuth.CreateBrowser();

        using var response = await OAuthTestClient.SubmitLoginAsync(browser, new Uri("/account/login", UriKind.Relative), "coordinator", "wrong-password");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Wrong username or password"));
        }
    }

    [Test]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var browser = OAuth.CreateBrowser();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "citizen",
            ["password"] = OAuthTestClient.DemoPassword,
            ["returnUrl"] = "/",
        });

        using var response = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), content);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Headers.Location, Is.Null);
        }
    }

    [Test]
    public async Task After_signing_in_the_browser_returns_only_to_a_page_of_this_server()
    {
        using var browser = OAuth.CreateBrowser();

        using var response = await OAuthTestClient.SubmitLoginAsync(
            browser, new Uri("/account/login?returnUrl=" + Uri.EscapeDataString("https://evil.example/steal"), UriKind.Relative), "coordinator", OAuthTestClient.DemoPassword);

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/"));
    }

    [TestCase("/connect/authorize?x=1", "/connect/authorize?x=1")]
    [TestCase("https://evil.example/", "/")]
    [TestCase("//evil.example/", "/")]
    [TestCase("/\\evil.example/", "/")]
    [TestCase("", "/")]
    [TestCase(null, "/")]
    public void Return_urls_are_kept_only_when_they_stay_on_this_server(string? returnUrl, string expected) =>
        Assert.That(LoginEndpoints.SafeReturnUrl(returnUrl), Is.EqualTo(expected));
}

using System.Net;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Identity;

namespace GovServices.Identity.Tests;

public sealed class RateLimitTests() : IdentityHostFixture(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:TokenRequestsPerMinute"] = "3",
        ["RateLimits:SignInAttemptsPerMinute"] = "2",
    };

    [Test]
    public async Task Guessing_a_client_secret_is_slowed_down_with_429_and_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last?.Dispose();
            last = await OAuth.PostTokenRequestAsync(
            [
                new("grant_type", "client_credentials"),
                new("client_id", "bank-channel"),
                new("client_secret", $"guess-{attempt}"),
            ]);
            statuses.Add(last.StatusCode);
        }

        using var limited = last!;
        var problem = await limited.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses.Take(3), Has.None.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(statuses[3], Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(problem.Status, Is.EqualTo(429));
        }
    }

    [Test]
    public async Task The_limit_is_per_client_so_one_client_cannot_starve_another()
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var _ = await OAuth.PostTokenRequestAsync(
            [
                new("grant_type", "client_credentials"),
                new("client_id", "auditor-tool"),
                new("client_secret", "wrong"),
            ]);
        }

        var token = await OAuth.ClientCredentialsAsync("admin-cli", "identity.admin");

        Assert.That(token.AccessToken, Is.Not.Empty);
    }

    [Test]
    public async Task Sign_in_attempts_are_limited_per_address()
    {
        using var browser = OAuth.CreateBrowser();
        var login = new Uri("/account/login", UriKind.Relative);
        using var first = await OAuthTestClient.SubmitLoginAsync(browser, login, "nobody", "wrong-password");
        using var second = await OAuthTestClient.SubmitLoginAsync(browser, login, "nobody", "wrong-password");

        using var third = await OAuthTestClient.SubmitLoginAsync(browser, login, "nobody", "wrong-password");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(third.Headers.RetryAfter, Is.Not.Null);
        }
    }
}

using System.Net;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>The public verification and key endpoints cannot be used to hammer the register.</summary>
internal sealed class PermitVerificationRateLimitTests
{
    [Test]
    public async Task Verifying_too_often_from_one_address_answers_429_with_retry_after()
    {
        await using var host = await IssuingHost.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["RateLimits:PublicRequestsPerMinute"] = "3",
        });
        using var client = host.Host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var call = 0; call < 4; call++)
        {
            var response = await client.GetAsync(new Uri(call % 2 == 0 ? "/api/v1/permits/verify/not-a-token" : "/api/v1/permits/keys", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                refused = response;
            else
                response.Dispose();
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
            Assert.That(refused?.Headers.RetryAfter, Is.Not.Null);
        }

        refused?.Dispose();
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>Time passing on a fake clock: permits expire after their last day in WITA, and keys rotate, on each database.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
internal sealed class PermitExpiryAndRotationTests(DatabaseProvider provider)
{
    [Test]
    public async Task A_permit_past_its_last_day_in_wita_verifies_as_expired_and_a_plain_library_reports_it_expired()
    {
        // The token server's test certificates are valid from about now, so every HTTP call happens from now on; the
        // permit that has already ended is issued directly, on the clock set 40 days back.
        var now = DateTimeOffset.UtcNow;
        await using var host = await IssuingHost.StartAsync(provider, now.AddDays(-40));
        var ended = await host.IssueAsync(IssuingHost.Pbg(validityMonths: 1));
        host.Clock!.SetUtcNow(now);
        var current = await host.IssueAsync(IssuingHost.Pbg(validityMonths: 1));
        var verifier = await KeysAsync(host);
        var endOfLastDay = new DateTimeOffset(current.ValidUntil!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

        var endedStatus = await StatusAsync(host, ended.Token);
        var endedOffline = await verifier.ValidateAsync(ended.Token);
        var endedSignatureOnly = await verifier.ValidateAsync(ended.Token, checkLifetime: false);
        var onIssue = await StatusAsync(host, current.Token);
        host.Clock.SetUtcNow(endOfLastDay.AddMinutes(-1));
        var lastMinuteOfLastDay = await StatusAsync(host, current.Token);
        host.Clock.SetUtcNow(endOfLastDay);
        var nextDay = await StatusAsync(host, current.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(current.ValidUntil, Is.EqualTo(current.ValidFrom.AddMonths(1).AddDays(-1)));
            Assert.That(new JsonWebToken(current.Token).ValidTo, Is.EqualTo(endOfLastDay.UtcDateTime), "exp is the end of the last day, WITA");
            Assert.That(endedStatus, Is.EqualTo("expired"));
            Assert.That(endedOffline.Exception, Is.InstanceOf<SecurityTokenExpiredException>());
            Assert.That(endedSignatureOnly.IsValid, Is.True, "still genuine");
            Assert.That(onIssue, Is.EqualTo("valid"));
            Assert.That(lastMinuteOfLastDay, Is.EqualTo("valid"));
            Assert.That(nextDay, Is.EqualTo("expired"));
        }
    }

    [Test]
    public async Task The_database_key_rotates_after_its_period_and_permits_signed_before_keep_verifying()
    {
        await using var host = await IssuingHost.StartAsync(provider, DateTimeOffset.UtcNow, new Dictionary<string, string?>
        {
            ["Permits:Issuing:KeyRotationPeriod"] = "30.00:00:00",
            ["Permits:Issuing:KeyRotationCheckInterval"] = "01:00:00",
        });
        var before = await host.IssueAsync(IssuingHost.Pbg());
        var keysBefore = (await KeysAsync(host)).Keys.Select(key => key.Kid).ToList();

        host.Clock!.Advance(TimeSpan.FromDays(31));
        var keysAfter = await WaitForKeyCountAsync(host, keysBefore.Count + 1);
        var after = await host.IssueAsync(IssuingHost.Pbg());
        var verifier = await KeysAsync(host);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(keysBefore, Has.Count.EqualTo(1));
            Assert.That(keysAfter, Does.Contain(keysBefore[0]), "the retired key stays published");
            Assert.That(new JsonWebToken(after.Token).Kid, Is.Not.EqualTo(new JsonWebToken(before.Token).Kid), "the new key signs");
            Assert.That(await StatusAsync(host, before.Token), Is.EqualTo("valid"));
            Assert.That(await StatusAsync(host, after.Token), Is.EqualTo("valid"));
            Assert.That((await verifier.ValidateAsync(before.Token, checkLifetime: false)).IsValid, Is.True);
            Assert.That((await verifier.ValidateAsync(after.Token, checkLifetime: false)).IsValid, Is.True);
        }
    }

    private static async Task<List<string>> WaitForKeyCountAsync(IssuingHost host, int count)
    {
        // The rotation runs on the host's background service once the fake clock has moved; give it real time to finish.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var keys = (await KeysAsync(host)).Keys.Select(key => key.Kid).ToList();
            if (keys.Count >= count)
                return keys;
            await Task.Delay(100);
        }

        Assert.Fail($"The key set never reached {count} keys.");
        return [];
    }

    private static async Task<OfflineVerifier> KeysAsync(IssuingHost host)
    {
        using var client = host.Host.CreateClient();
        return new OfflineVerifier(await client.GetStringAsync(new Uri("/api/v1/permits/keys", UriKind.Relative)));
    }

    private static async Task<string> StatusAsync(IssuingHost host, string token)
    {
        using var client = host.Host.CreateClient();
        var verification = await client.GetFromJsonAsync<JsonObject>(new Uri("/api/v1/permits/verify/" + token, UriKind.Relative));
        return verification!["status"]!.GetValue<string>();
    }
}

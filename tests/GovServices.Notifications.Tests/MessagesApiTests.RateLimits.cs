using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovServices.Notifications.Tests;

/// <summary>The pace towards a provider (<c>Notifications:RateLimits:whatsapp</c> = 4 a second in this fixture).</summary>
public sealed partial class MessagesApiTests
{
    [Test]
    public async Task Messages_over_a_channels_rate_limit_wait_their_turn_and_every_one_is_sent_once()
    {
        var (complaint, code) = await FileForReporterAsync("pelapor@warga.example", notify: false);
        var phones = Enumerable.Range(0, 8).Select(index => $"+62 813 4000 10{index:00}").ToList();
        using (var app = await PartnerAppAsync())
        {
            foreach (var phone in phones)
            {
                using var followed = await app.PostAsJsonAsync(new Uri($"{complaint}/followers", UriKind.Relative), new { contact = phone });
                Assert.That(followed.IsSuccessStatusCode, Is.True, await followed.Content.ReadAsStringAsync());
            }
        }

        await StepAsync("coordinator", complaint, "verify");

        var received = await WaitForAsync(() => WhatsAppAbout(code), phones.Count);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var times = WhatsAppAbout(code).Select(request => request.ReceivedAt).Order().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(WhatsAppAbout(code).Select(request => JsonNode.Parse(request.Body)!["to"]!.GetValue<string>()),
                Is.EquivalentTo(phones.Select(phone => new string([.. phone.Where(char.IsAsciiDigit)]))), "every follower once: none lost, none twice");
            Assert.That(received, Has.Count.EqualTo(phones.Count));
            Assert.That(times[^1] - times[0], Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1.4)),
                "eight messages of one event at 4 a second take at least 1.75 s (without the limit they leave together)");
        }
    }
}

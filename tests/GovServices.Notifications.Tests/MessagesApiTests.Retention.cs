using GovServices.Notifications.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovServices.Notifications.Tests;

public sealed partial class MessagesApiTests
{
    [Test]
    public async Task Message_bodies_go_after_seven_days_and_their_metadata_after_a_year()
    {
        var (complaint, code) = await FileComplaintAsync();
        await StepAsync("coordinator", complaint, "verify");
        await WaitForInboxAsync(code, 1);
        await _mail!.WaitForAsync(code, 1);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var retention = _host!.Services.GetServices<IHostedService>().OfType<DeliveryRetentionWorker>().Single();

        _host.Clock.Advance(TimeSpan.FromDays(8));
        await retention.DeleteExpiredAsync(CancellationToken.None);
        var afterAWeek = await MessagesAboutAsync(code);
        var inboxAfterAWeek = (await InboxAsync("citizen")).Where(item => item["link"]!.GetValue<string>().EndsWith(code, StringComparison.Ordinal)).ToList();

        _host.Clock.Advance(TimeSpan.FromDays(360));
        await retention.DeleteExpiredAsync(CancellationToken.None);
        var afterAYear = await MessagesAboutAsync(code);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterAWeek, Has.Count.EqualTo(3), "inbox, email and WhatsApp: the metadata stays");
            Assert.That(afterAWeek.Select(row => row.Body), Has.All.Null, "the bodies are gone");
            Assert.That(afterAWeek.Select(row => row.TemplateId), Has.All.EqualTo("complaint.verified"));
            Assert.That(inboxAfterAWeek.Single()["text"], Is.Null, "the inbox shows that the text is no longer kept");
            Assert.That(inboxAfterAWeek.Single()["templateId"]!.GetValue<string>(), Is.EqualTo("complaint.verified"));
            Assert.That(afterAYear, Is.Empty, "after a year the message is gone");
        }
    }
}

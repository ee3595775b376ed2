using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.Complaints.Contracts;
using GovServices.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

public sealed partial class ComplaintsApiTests
{
    [Test]
    public async Task A_citizen_and_a_partner_apps_reporter_follow_once_each_and_the_public_sees_the_supporter_count()
    {
        var complaint = await FileAsync("partner-app", Waste(reporter: new { name = "Budi Hartono", contact = "0812-5555-0101" }));

        var citizen = await FollowAsync("citizen", complaint);
        var again = await FollowAsync("citizen", complaint);
        var forReporter = await FollowAsync("partner-app", complaint, new { contact = "+62 813 1111 2222" });
        var sameReporter = await FollowAsync("partner-app", complaint, new { contact = "+62 813 1111 2222 " });
        using var partnerWithoutContact = await Api("partner-app").PostAsJsonAsync(Followers(complaint), new { });
        var tracking = JsonNode.Parse(await _host!.CreateClient().GetStringAsync(new Uri($"{Complaints}/track/{(await Api("partner-app").ReadAsync(complaint))["trackingCode"]}", UriKind.Relative)))!;
        var followers = await _host.Services.CreateScope().ServiceProvider.GetRequiredService<IComplaintFollowers>().ListAsync(IdOf(complaint), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(citizen["supporters"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(again["supporters"]!.GetValue<int>(), Is.EqualTo(1), "following twice is following once");
            Assert.That(forReporter["supporters"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(sameReporter["supporters"]!.GetValue<int>(), Is.EqualTo(2), "the same contact, spaces aside");
            Assert.That(partnerWithoutContact.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(tracking["supporters"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(
                followers.Select(follower => follower.UserId is null ? $"{follower.ClientId}:{follower.Contact}" : "citizen"),
                Is.EqualTo(new[] { "citizen", "partner-app:+62 813 1111 2222" }));
        }

        using var unfollow = await Api("citizen").DeleteAsync(Followers(complaint));
        var after = JsonNode.Parse(await unfollow.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unfollow.StatusCode, Is.EqualTo(HttpStatusCode.OK), after.ToJsonString());
            Assert.That(after["following"]!.GetValue<bool>(), Is.False);
            Assert.That(after["supporters"]!.GetValue<int>(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Following_an_unknown_a_confidential_or_ones_own_complaint_is_refused()
    {
        var confidential = await FileAsync("partner-app", Waste(confidential: true, reporter: new { name = "Rina", contact = "0813" }));
        var own = await FileAsync("citizen", Waste());

        using var unknown = await Api("citizen").PostAsJsonAsync(Followers(new Uri($"{Complaints}/{Guid.CreateVersion7()}", UriKind.Relative)), new { });
        using var hidden = await Api("citizen").PostAsJsonAsync(Followers(confidential), new { });
        using var mine = await Api("citizen").PostAsJsonAsync(Followers(own), new { });

        var ownProblem = await mine.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a confidential complaint answers like a missing one");
            Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(ownProblem.Code, Is.EqualTo("complaint_own"));
        }
    }

    [Test]
    public async Task Rejecting_a_complaint_as_a_duplicate_moves_its_followers_to_the_original()
    {
        var original = await FileAsync("partner-app", Waste(reporter: new { name = "Budi", contact = "0812" }));
        var duplicate = await FileAsync("partner-app", Waste(reporter: new { name = "Rina", contact = "0813" }));
        await FollowAsync("citizen", duplicate);
        await FollowAsync("partner-app", duplicate, new { contact = "0814-0000" });
        await FollowAsync("partner-app", original, new { contact = "0814-0000" });

        await StepAsync("coordinator", duplicate, "reject", new { reason = "duplicate", duplicateOf = IdOf(original), note = "Sudah dilaporkan." });

        var followers = _host!.Services.CreateScope().ServiceProvider.GetRequiredService<IComplaintFollowers>();
        var ofOriginal = await followers.ListAsync(IdOf(original), CancellationToken.None);
        var ofDuplicate = await followers.ListAsync(IdOf(duplicate), CancellationToken.None);
        var staffView = await Api("coordinator").ReadAsync(original);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ofOriginal.Select(follower => follower.Contact ?? "citizen"), Is.EquivalentTo(new[] { "0814-0000", "citizen" }), "the same reporter once");
            Assert.That(ofDuplicate, Is.Empty);
            Assert.That(staffView["supporters"]!.GetValue<int>(), Is.EqualTo(2));
        }
    }

    private static Uri Followers(Uri complaint) => new($"{complaint}/followers", UriKind.Relative);

    private static Guid IdOf(Uri complaint) => Guid.Parse(complaint.ToString().Split('/')[^1]);

    private async Task<JsonNode> FollowAsync(string who, Uri complaint, object? body = null)
    {
        using var response = await Api(who).PostAsJsonAsync(Followers(complaint), body ?? new { });
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json);
        return JsonNode.Parse(json)!;
    }
}

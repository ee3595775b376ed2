using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>
/// "Is it fixed?" (ADR 0071): four weeks after the answer the reporter is asked once, in their real in-app inbox, with a
/// link that is followed over HTTP; the answer reopens or closes the complaint as the reporter's step. Time passes by
/// the host's fake clock, the job runs as the deadline worker runs it.
/// </summary>
public sealed partial class ComplaintDeadlinesApiTests
{
    private static readonly Uri SurveyAnswers = new("/api/v1/complaints/survey-answers", UriKind.Relative);

    [Test]
    public async Task Four_weeks_after_the_answer_the_reporter_is_asked_once_and_not_fixed_through_the_link_reopens_the_complaint_as_theirs()
    {
        var complaint = await ResolvedAsync();

        TravelTo(At("2026-04-12", 10));
        await RunDeadlineJobAsync();
        var beforeFourWeeks = await ReadAsync(complaint);
        TravelTo(At("2026-04-13", 11));
        await Task.WhenAll(RunDeadlineJobAsync(), RunDeadlineJobAsync());
        var link = await WaitForSurveyLinkAsync(complaint);
        await RunDeadlineJobAsync();
        var asked = await ReadAsync(complaint);

        using var browser = _host!.CreateClient();
        using var page = await browser.GetAsync(link.PathAndQuery);
        var question = await page.Content.ReadAsStringAsync();
        using var answer = await browser.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("answer", "not_fixed")]));
        var answered = await answer.Content.ReadAsStringAsync();
        using var replay = await browser.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("answer", "not_fixed")]));
        using var other = await browser.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("answer", "fixed")]));
        var otherPage = await other.Content.ReadAsStringAsync();
        var reopened = await ReadAsync(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeFourWeeks["survey"], Is.Null, "not asked before four weeks");
            Assert.That(beforeFourWeeks["status"]!.GetValue<string>(), Is.EqualTo("resolved"), "its auto-close date passed, but the survey asks before it closes");
            Assert.That(await SurveyMessagesAsync(complaint), Has.Count.EqualTo(1), "asked once, though the job ran three times on two callers");
            Assert.That(link.Segments[^1], Has.Length.EqualTo(155), "the token the SMS template's segments are counted with (MessageTemplateTests)");
            Assert.That(link.AbsoluteUri, Does.Not.Contain(Id(complaint)).And.Not.Contain(asked["trackingCode"]!.GetValue<string>()));
            Assert.That(asked["status"]!.GetValue<string>(), Is.EqualTo("resolved"), "still waiting for the answer");
            Assert.That(asked["survey"]!["askedAt"], Is.Not.Null);
            Assert.That(asked["survey"]!["answer"], Is.Null);

            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), question);
            Assert.That(page.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
            Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"));
            Assert.That(page.Headers.CacheControl!.NoStore, Is.True);
            Assert.That(question, Does.Contain("Apakah masalahnya sudah beres?").And.Contain(asked["trackingCode"]!.GetValue<string>()).And.Not.Contain("<script"));
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), answered);
            Assert.That(answered, Does.Contain("dibuka kembali"));
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same answer again is the same answer");
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(otherPage, Does.Contain("sudah dijawab"));

            Assert.That(reopened["status"]!.GetValue<string>(), Is.EqualTo("reopened"));
            Assert.That(reopened["reopenCount"]!.GetValue<int>(), Is.EqualTo(1), "reopened once, however often the link is used");
            Assert.That(reopened["survey"]!["answer"]!.GetValue<string>(), Is.EqualTo("not_fixed"));
            Assert.That(reopened["survey"]!["answeredAt"], Is.Not.Null);
            Assert.That(reopened["history"]!.AsArray()[^1]!["action"]!.GetValue<string>(), Is.EqualTo("reopen"));
            Assert.That(reopened["history"]!.AsArray()[^1]!["party"]!.GetValue<string>(), Is.EqualTo("reporter"));
            Assert.That(Actions(reopened).Count(action => action == "reopen"), Is.EqualTo(1));
            Assert.That(await ReopenedByTheReporterInTheAuditTrailAsync(complaint), Is.True);
        }
    }

    [Test]
    public async Task Fixed_through_the_api_closes_the_complaint_as_the_reporters_step_and_other_answers_are_refused()
    {
        var complaint = await ResolvedAsync();
        TravelTo(At("2026-04-13", 11));
        await RunDeadlineJobAsync();
        var link = await WaitForSurveyLinkAsync(complaint);
        var token = link.Segments[^1];
        var tampered = token[..^2] + (token[^2] == 'A' ? "BA" : "AA");
        var survey = new Uri($"{complaint}/survey", UriKind.Relative);

        using var citizen = await ApiAsync("citizen");
        using var coordinator = await ApiAsync("coordinator");
        using var anonymous = _host!.CreateClient();
        using var byCoordinator = await coordinator.PostAsJsonAsync(survey, new { answer = "fixed" });
        using var unknownAnswer = await citizen.PostAsJsonAsync(survey, new { answer = "maybe" });
        using var byTamperedLink = await anonymous.PostAsJsonAsync(SurveyAnswers, new { token = tampered, answer = "fixed" });
        using var tamperedPage = await anonymous.GetAsync(new Uri("/survey/" + tampered, UriKind.Relative));
        using var fixedAnswer = await citizen.PostAsJsonAsync(survey, new { answer = "fixed" });
        var fixedJson = JsonNode.Parse(await fixedAnswer.Content.ReadAsStringAsync())!;
        using var again = await anonymous.PostAsJsonAsync(SurveyAnswers, new { token, answer = "fixed" });
        var againJson = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        using var otherwise = await citizen.PostAsJsonAsync(survey, new { answer = "not_fixed" });
        var closed = await ReadAsync(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byCoordinator.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(unknownAnswer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(byTamperedLink.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await byTamperedLink.ReadProblemAsync()).Code, Is.EqualTo("complaint_survey_not_found"));
            Assert.That(tamperedPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await tamperedPage.Content.ReadAsStringAsync(), Does.Contain("tidak valid"));
            Assert.That(fixedAnswer.StatusCode, Is.EqualTo(HttpStatusCode.OK), fixedJson.ToJsonString());
            Assert.That(fixedJson["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(fixedJson["alreadyAnswered"]!.GetValue<bool>(), Is.False);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), againJson.ToJsonString());
            Assert.That(againJson["alreadyAnswered"]!.GetValue<bool>(), Is.True);
            Assert.That(otherwise.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await otherwise.ReadProblemAsync()).Code, Is.EqualTo("complaint_survey_already_answered"));
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(closed["reopenCount"]!.GetValue<int>(), Is.Zero);
            Assert.That(closed["history"]!.AsArray()[^1]!["action"]!.GetValue<string>(), Is.EqualTo("close"));
            Assert.That(closed["history"]!.AsArray()[^1]!["party"]!.GetValue<string>(), Is.EqualTo("reporter"));
            Assert.That(closed["survey"]!["answer"]!.GetValue<string>(), Is.EqualTo("fixed"));
        }
    }

    [Test]
    public async Task An_expired_survey_link_is_refused_and_the_complaint_then_closes_by_itself()
    {
        var complaint = await ResolvedAsync();
        TravelTo(At("2026-04-13", 11));
        await RunDeadlineJobAsync();
        var link = await WaitForSurveyLinkAsync(complaint);

        TravelTo(At("2026-04-27", 11).AddMinutes(1));
        using var anonymous = _host!.CreateClient();
        using var expired = await anonymous.PostAsJsonAsync(SurveyAnswers, new { token = link.Segments[^1], answer = "not_fixed" });
        using var expiredPage = await anonymous.GetAsync(link.PathAndQuery);
        await RunDeadlineJobAsync();
        var closed = await ReadAsync(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await expired.ReadProblemAsync()).Code, Is.EqualTo("complaint_survey_expired"));
            Assert.That(expiredPage.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await expiredPage.Content.ReadAsStringAsync(), Does.Contain("sudah berakhir"));
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("closed"), "once the survey expired unanswered, the auto-close takes it");
            Assert.That(closed["history"]!.AsArray()[^1]!["action"]!.GetValue<string>(), Is.EqualTo("auto_close"));
            Assert.That(closed["survey"]!["answer"], Is.Null);
        }
    }

    /// <summary>The survey messages in the citizen's inbox about <paramref name="complaint"/>.</summary>
    private async Task<List<JsonNode>> SurveyMessagesAsync(Uri complaint)
    {
        var trackingCode = (await ReadAsync(complaint))["trackingCode"]!.GetValue<string>();
        using var inbox = await ApiAsync(CitizenInbox);
        var items = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var page = JsonNode.Parse(await inbox.GetStringAsync(new Uri("/api/v1/notifications/me?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)), UriKind.Relative)))!;
            items.AddRange(page["items"]!.AsArray().Select(item => item!));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return [.. items.Where(item => item["templateId"]!.GetValue<string>() == "complaint.survey" && item["text"]!.GetValue<string>().Contains(trackingCode, StringComparison.Ordinal))];
    }

    /// <summary>The link of the survey message about <paramref name="complaint"/>, once it reached the inbox.</summary>
    private async Task<Uri> WaitForSurveyLinkAsync(Uri complaint)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        List<JsonNode> messages;
        while ((messages = await SurveyMessagesAsync(complaint)).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.That(messages, Is.Not.Empty, "the survey message reached the inbox");
        return new Uri(messages[0]["link"]!.GetValue<string>());
    }

    private async Task<bool> ReopenedByTheReporterInTheAuditTrailAsync(Uri complaint)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var reporter = await connection.QuerySingleAsync<string>(
            "SELECT reporter_user_id FROM complaints.complaint WHERE id = @id", new { id = Guid.Parse(Id(complaint)) });
        var actors = (await connection.QueryAsync<string?>(
            "SELECT actor_user_id FROM complaints.audit_log WHERE entity_id = @entity_id AND action = 'complaint.reopen'", new { entity_id = Id(complaint) })).ToList();
        return actors.Count == 1 && actors[0] == reporter;
    }

    private static string Id(Uri complaint) => complaint.ToString().Split('/')[^1];
}

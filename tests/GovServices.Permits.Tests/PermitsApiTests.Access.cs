using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovServices.Permits.Tests;

public sealed partial class PermitsApiTests
{
    [Test]
    public async Task Applicants_neither_see_nor_touch_each_others_applications()
    {
        var (partnerApplication, partnerETag) = await ReadyMicroBusinessAsync("partner-app");
        var (citizenApplication, citizenETag) = await CreateDraftAsync("citizen");
        using var citizen = Api("citizen");
        using var partner = Api("partner-app");

        using var read = await citizen.GetAsync(Of(partnerApplication));
        using var submit = await StepAsync(citizen, partnerApplication, "submit", partnerETag);
        using var withdraw = await StepAsync(partner, citizenApplication, "withdraw", citizenETag);
        using var upload = await UploadAsync(citizen, partnerApplication, "ktp", Samples.Pdf(1_000), "ktp.pdf");
        using var edit = new HttpRequestMessage(HttpMethod.Put, Of(citizenApplication)) { Content = JsonContent.Create(new { applicant = new { name = "X Y" } }) };
        edit.Headers.TryAddWithoutValidation("If-Match", citizenETag);
        using var edited = await partner.SendAsync(edit);
        var citizensList = JsonNode.Parse(await citizen.GetStringAsync(Applications + "?limit=100"))!["items"]!.AsArray();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(withdraw.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(citizensList.Select(item => item!["id"]!.GetValue<string>()), Does.Not.Contain(partnerApplication.ToString()));
            Assert.That(citizensList.Select(item => item!["id"]!.GetValue<string>()), Does.Contain(citizenApplication.ToString()));
        }
    }

    [Test]
    public async Task Officers_of_another_opd_neither_see_nor_review_an_application()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        var (_, submittedETag) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);
        using var dlh = Api("officer.dlh");

        using var read = await dlh.GetAsync(Of(id));
        using var review = await StepAsync(dlh, id, "start-review", submittedETag);
        var listed = JsonNode.Parse(await dlh.GetStringAsync(Applications + "?limit=100"))!["items"]!.AsArray();
        using var byApplicant = await StepAsync(citizen, id, "start-review", submittedETag);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(listed, Is.Empty);
            Assert.That(byApplicant.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a citizen's token never carries permits.review");
        }
    }

    [Test]
    public async Task Officers_see_their_opds_applications_with_the_nik_masked_and_auditors_see_all()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);
        using var officer = Api("officer.dpmptsp");
        using var auditor = Api("auditor");

        var (byOfficer, _) = await ReadAsync(await officer.GetAsync(Of(id)), 200);
        var (byAuditor, _) = await ReadAsync(await auditor.GetAsync(Of(id)), 200);
        var officerList = JsonNode.Parse(await officer.GetStringAsync(Applications + "?status=submitted&permitType=IUMK&limit=100"))!["items"]!.AsArray();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byOfficer["applicant"]!["nik"]!.GetValue<string>(), Is.EqualTo("647401********01"));
            Assert.That(byAuditor["id"]!.GetValue<string>(), Is.EqualTo(id.ToString()));
            Assert.That(officerList.Select(item => item!["id"]!.GetValue<string>()), Does.Contain(id.ToString()));
            Assert.That(officerList.Select(item => item!["status"]!.GetValue<string>()).Distinct(), Is.EqualTo(new[] { "submitted" }));
        }
    }

    [Test]
    public async Task Overdue_stages_are_flagged_and_filtered_and_lists_page_by_cursor()
    {
        var (late, _) = await CreateDraftAsync("citizen");
        var (onTime, _) = await CreateDraftAsync("citizen");
        await ForceAsync(late, "under_review", new DateOnly(2026, 1, 5));
        await ForceAsync(onTime, "under_review", new DateOnly(2099, 1, 5));
        using var officer = Api("officer.dpmptsp");

        var overdue = JsonNode.Parse(await officer.GetStringAsync(Applications + "?overdue=true&limit=100"))!["items"]!.AsArray();
        var firstPage = JsonNode.Parse(await officer.GetStringAsync(Applications + "?limit=1"))!;
        var secondPage = JsonNode.Parse(await officer.GetStringAsync(Applications + $"?limit=1&cursor={firstPage["nextCursor"]!.GetValue<string>()}"))!;
        using var badCursor = await officer.GetAsync(Applications + "?cursor=bm90LW91cnM");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(overdue.Select(item => item!["id"]!.GetValue<string>()), Does.Contain(late.ToString()));
            Assert.That(overdue.Select(item => item!["id"]!.GetValue<string>()), Does.Not.Contain(onTime.ToString()));
            Assert.That(overdue.All(item => item!["overdue"]!.GetValue<bool>()), Is.True);
            Assert.That(firstPage["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(secondPage["items"]![0]!["id"]!.GetValue<string>(), Is.Not.EqualTo(firstPage["items"]![0]!["id"]!.GetValue<string>()));
            Assert.That(DateTimeOffset.Parse(secondPage["items"]![0]!["createdAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                Is.LessThanOrEqualTo(DateTimeOffset.Parse(firstPage["items"]![0]!["createdAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)), "newest first");
            Assert.That(badCursor.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    [TestCase("id", "Status harus salah satu dari: draft", "Kursor ini tidak diterbitkan oleh API ini.")]
    [TestCase("en", "The status must be one of: draft", "The cursor is not one this API issued.")]
    public async Task A_bad_status_or_cursor_on_the_list_is_a_400_naming_both_in_the_callers_language(string language, string status, string cursor)
    {
        using var officer = Api("officer.dpmptsp", language);

        using var response = await officer.GetAsync(Applications + "?status=lost&cursor=bm90LW91cnM");
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors["status"]![0]!.GetValue<string>(), Does.StartWith(status));
            Assert.That(errors["cursor"]![0]!.GetValue<string>(), Is.EqualTo(cursor));
        }
    }
}

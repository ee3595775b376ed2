using System.Net;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Tests;

/// <summary>
/// Issue #4: an officer sees the complaints the complaint desk has dispositioned to their OPD, not those merely of a
/// category their OPD handles; reading and the list answer alike.
/// </summary>
public sealed partial class ComplaintsApiTests
{
    /// <summary>The statuses <see cref="ComplaintInAsync"/> reaches without a disposition.</summary>
    private static readonly string[] NeverRouted = [ComplaintStatus.Submitted, ComplaintStatus.Verified, ComplaintStatus.Rejected, ComplaintStatus.Withdrawn];

    [TestCase("submitted", false)]
    [TestCase("verified", false)]
    [TestCase("rejected", false)]
    [TestCase("withdrawn", false)]
    [TestCase("dispositioned", true)]
    [TestCase("in_progress", true)]
    [TestCase("resolved", true)]
    [TestCase("closed", true)]
    [TestCase("reopened", true)]
    public async Task An_officer_sees_a_complaint_of_their_category_only_once_it_is_dispositioned_to_their_opd(string status, bool routedOpdSees)
    {
        var complaint = await ComplaintInAsync(status, fresh: true);
        var id = Id(complaint);

        using var byRoutedOpd = await Api("officer.dlh").GetAsync(complaint);
        using var byOtherOpd = await Api("officer.dpmptsp").GetAsync(complaint);
        var listedForRoutedOpd = (await ListAllAsync("officer.dlh", $"status={status}&category=sampah")).Any(item => item["id"]!.GetValue<string>() == id);
        var listedForOtherOpd = (await ListAllAsync("officer.dpmptsp", $"status={status}&category=sampah")).Any(item => item["id"]!.GetValue<string>() == id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byRoutedOpd.StatusCode, Is.EqualTo(routedOpdSees ? HttpStatusCode.OK : HttpStatusCode.NotFound), "reading, by DLH");
            Assert.That(listedForRoutedOpd, Is.EqualTo(routedOpdSees), "the list, for DLH");
            Assert.That(byOtherOpd.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "reading, by another OPD");
            Assert.That(listedForOtherOpd, Is.False, "the list, for another OPD");
        }
    }

    [Test]
    public async Task A_complaint_withdrawn_after_its_disposition_stays_visible_to_the_opd_it_was_routed_to()
    {
        var complaint = await ComplaintInAsync("dispositioned", fresh: true);
        await StepAsync("citizen", complaint, "withdraw");

        using var byRoutedOpd = await Api("officer.dlh").GetAsync(complaint);
        var listed = (await ListAllAsync("officer.dlh", "status=withdrawn&category=sampah")).Any(item => item["id"]!.GetValue<string>() == Id(complaint));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byRoutedOpd.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(listed, Is.True);
        }
    }

    public static IEnumerable<TestCaseData> OfficerStepsBeforeRouting() =>
        from status in NeverRouted
        from action in ComplaintLifecycle.Actions
        where ComplaintLifecycle.PartyOf(action) == ComplaintParty.Officer
        select new TestCaseData(status, action).SetArgDisplayNames(status, action);

    [TestCaseSource(nameof(OfficerStepsBeforeRouting))]
    public async Task An_officer_step_on_a_complaint_of_their_category_not_yet_dispositioned_is_404(string status, string action)
    {
        var complaint = await ComplaintInAsync(status);

        using var response = await Api("officer.dlh").PostStepAsync(complaint, action, await Api("coordinator").ETagOfAsync(complaint), ComplaintSteps.BodyFor(action));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    /// <summary>The complaint desk verifies <paramref name="complaint"/> and routes it to its category's OPD.</summary>
    private async Task<Uri> RoutedAsync(Uri complaint)
    {
        await StepAsync("coordinator", complaint, "verify");
        await StepAsync("coordinator", complaint, "disposition");
        return complaint;
    }
}

using System.Net;
using GovServices.BuildingBlocks.Http;
using GovServices.Testing;

namespace GovServices.Payments.Tests;

/// <summary>The refunds and reconciliation lists' limit and cursor, checked by their queries' validators.</summary>
public sealed partial class PaymentsApiTests
{
    /// <summary>A cursor that decodes but holds no id: no list of this module issues it.</summary>
    private static readonly string NotAnIdCursor = PageRequest.Encode("not-an-id");

    [TestCase("id", "Kursor ini tidak diterbitkan oleh API ini.")]
    [TestCase("en", "The cursor is not one this API issued.")]
    public async Task An_unknown_cursor_on_refunds_and_reconciliation_items_is_a_400_with_the_shared_text(string language, string text)
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        opd.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var (id, code) = await IssueOverHttpAsync(opd, 10_000, CitizenNik);
        await PayAsync(code, 10_000, "REF-" + Guid.NewGuid());

        using var refunds = await opd.GetAsync(new Uri($"/api/v1/payments/invoices/{id}/refunds?cursor={NotAnIdCursor}", UriKind.Relative));
        using var items = await opd.GetAsync(new Uri($"/api/v1/payments/reconciliation-items?cursor={NotAnIdCursor}", UriKind.Relative));
        var refundErrors = await ErrorsAsync(refunds);
        var itemErrors = await ErrorsAsync(items);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refunds.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await refunds.ReadProblemAsync()).Code, Is.EqualTo("validation_failed"));
            Assert.That(refundErrors, Is.EquivalentTo(new Dictionary<string, string> { ["cursor"] = text }));
            Assert.That(items.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(itemErrors, Is.EquivalentTo(new Dictionary<string, string> { ["cursor"] = text }));
        }
    }

    [TestCase("id", "Status adalah open atau resolved.", "Batas harus antara 1 dan 100.")]
    [TestCase("en", "The status is open or resolved.", "Limit must be between 1 and 100.")]
    public async Task A_reconciliation_list_with_another_status_or_limit_is_a_400_in_the_callers_language(string language, string status, string limit)
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        opd.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var badStatus = await opd.GetAsync(new Uri("/api/v1/payments/reconciliation-items?status=closed", UriKind.Relative));
        using var badLimit = await opd.GetAsync(new Uri("/api/v1/payments/reconciliation-items?limit=101", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(badStatus.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await ErrorsAsync(badStatus), Is.EquivalentTo(new Dictionary<string, string> { ["status"] = status }));
            Assert.That(badLimit.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await ErrorsAsync(badLimit), Is.EquivalentTo(new Dictionary<string, string> { ["limit"] = limit }));
        }
    }

    /// <summary>
    /// The order of the refunds list's answers, as it was before its query had a validator: the sign-in and scope
    /// first (401/403), then limit and cursor (400) whatever the invoice, and only then whether the caller may see the
    /// invoice (404).
    /// </summary>
    [Test]
    public async Task The_refunds_list_checks_its_cursor_and_limit_before_it_looks_for_the_invoice()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (id, code) = await IssueOverHttpAsync(opd, 10_000, CitizenNik);
        await PayAsync(code, 10_000, "REF-" + Guid.NewGuid());
        using var partner = await ApiAsync("partner-app", "payments.read");
        using var anonymous = Host.CreateClient();
        var unknown = Guid.CreateVersion7();
        var goodCursor = PageRequest.Encode(new KeysetCursor(DateTimeOffset.UtcNow, Guid.CreateVersion7()).ToSortKey());

        using var unknownBadCursor = await opd.GetAsync(RefundsOf(unknown, $"cursor={NotAnIdCursor}"));
        using var unknownBadLimit = await opd.GetAsync(RefundsOf(unknown, "limit=0"));
        using var unknownUnreadableCursor = await opd.GetAsync(RefundsOf(unknown, "cursor=%21%21"));
        using var unknownGoodCursor = await opd.GetAsync(RefundsOf(unknown, $"cursor={goodCursor}"));
        using var unseenBadCursor = await partner.GetAsync(RefundsOf(id, $"cursor={NotAnIdCursor}"));
        using var unseenGoodCursor = await partner.GetAsync(RefundsOf(id, $"cursor={goodCursor}"));
        using var signedOutBadCursor = await anonymous.GetAsync(RefundsOf(unknown, $"cursor={NotAnIdCursor}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknownBadCursor.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownBadLimit.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownUnreadableCursor.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownGoodCursor.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unseenBadCursor.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unseenGoodCursor.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(signedOutBadCursor.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    private static Uri RefundsOf(Guid invoiceId, string query) => new($"/api/v1/payments/invoices/{invoiceId}/refunds?{query}", UriKind.Relative);
}

using System.Net;
using Dapper;
using GovServices.Payments.Contracts;

namespace GovServices.Payments.Tests;

/// <summary>Reads that show a payer's name or NIK to anyone but the payer are audited before the answer is sent (issue 9).</summary>
public sealed partial class PaymentsApiTests
{
    [Test]
    public async Task An_officers_read_of_an_invoice_and_its_receipt_is_audited_and_the_payers_own_read_is_not()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (invoiceId, code) = await IssueOverHttpAsync(opd, 72_000, CitizenNik);
        var receiptNumber = await PayAsync(code, 72_000, "REF-" + Guid.NewGuid());
        using var citizen = OAuth.CreateApiClient((await OAuth.AuthorizationCodeAsync("citizen", "payments.read")).AccessToken);

        using var invoiceByPayer = await citizen.GetAsync(InvoiceUri(invoiceId));
        using var receiptByPayer = await citizen.GetAsync(ReceiptUri(receiptNumber));
        var afterPayer = await PayerReadsAsync(invoiceId);
        using var invoiceByOfficer = await opd.GetAsync(InvoiceUri(invoiceId));
        using var receiptByOfficer = await opd.GetAsync(ReceiptUri(receiptNumber));
        var afterOfficer = await PayerReadsAsync(invoiceId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(invoiceByPayer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(receiptByPayer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterPayer, Is.Empty, "the payer reading their own invoice and receipt");
            Assert.That(invoiceByOfficer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(receiptByOfficer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterOfficer.Select(read => (read.Action, read.ActorClientId, read.Details.Contains("read", StringComparison.Ordinal))), Is.EquivalentTo(new[]
            {
                ("invoice.payer_viewed", "opd-system", true),
                ("receipt.payer_viewed", "opd-system", true),
            }));
        }
    }

    [Test]
    public async Task A_read_answered_404_writes_no_audit_event()
    {
        using var opd = await ApiAsync("opd-system", "payments.manage");
        var (invoiceId, code) = await IssueOverHttpAsync(opd, 43_000, CitizenNik);
        var receiptNumber = await PayAsync(code, 43_000, "REF-" + Guid.NewGuid());
        using var partner = await ApiAsync("partner-app", "payments.read");
        var unknownId = Guid.CreateVersion7();

        using var invoiceByOther = await partner.GetAsync(InvoiceUri(invoiceId));
        using var receiptByOther = await partner.GetAsync(ReceiptUri(receiptNumber));
        using var unknownInvoice = await opd.GetAsync(InvoiceUri(unknownId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(invoiceByOther.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(receiptByOther.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknownInvoice.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await PayerReadsAsync(invoiceId), Is.Empty);
            Assert.That(await PayerReadsAsync(unknownId), Is.Empty);
        }
    }

    [Test]
    public async Task A_bank_inquiry_that_sends_the_payers_name_is_audited_and_one_for_a_paid_bill_is_not()
    {
        var invoice = await IssueAsync(new InvoiceRequest("permits", "APP-" + Guid.NewGuid(), 56_000, "Retribusi PBG", "Siti Rahmawati"));
        using var api = Host.CreateClient();

        using var pending = await Bank(api).InquireAsync(invoice.Value.PaymentCode);
        var afterPending = await PayerReadsAsync(invoice.Value.InvoiceId);
        await PayAsync(invoice.Value.PaymentCode, 56_000, "REF-" + Guid.NewGuid());
        using var paid = await Bank(api).InquireAsync(invoice.Value.PaymentCode);
        var afterPaid = await PayerReadsAsync(invoice.Value.InvoiceId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CodeOf(pending), Is.EqualTo("2002400"));
            Assert.That(afterPending.Select(read => (read.Action, read.ActorClientId is not null, read.Details.Contains("transfer_va.inquiry", StringComparison.Ordinal))),
                Is.EqualTo(new[] { ("invoice.inquired_by_bank", true, true) }));
            Assert.That(await CodeOf(paid), Is.EqualTo("4042414"));
            Assert.That(afterPaid, Has.Count.EqualTo(1), "a paid bill's answer carries no name");
        }
    }

    private static Uri InvoiceUri(Guid id) => new($"/api/v1/payments/invoices/{id}", UriKind.Relative);

    private static readonly string[] PayerReadActions = ["invoice.payer_viewed", "receipt.payer_viewed", "invoice.inquired_by_bank"];

    private async Task<List<(string Action, string? ActorClientId, string Details)>> PayerReadsAsync(Guid invoiceId) =>
        [.. (await QueryAsync(connection => connection.QueryAsync<(string Action, string? ActorClientId, string Details)>(
            "SELECT action, actor_client_id, details FROM payments.audit_log WHERE entity_type = @entity_type AND entity_id = @entity_id",
            new { entity_type = "invoice", entity_id = invoiceId.ToString() })))
            .Where(record => PayerReadActions.Contains(record.Action))];
}

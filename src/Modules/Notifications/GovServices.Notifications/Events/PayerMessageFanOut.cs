using GovServices.BuildingBlocks.Messaging;
using GovServices.Identity.Contracts;
using GovServices.Notifications.Messages;
using GovServices.Payments.Contracts;
using GovServices.Permits.Contracts;

namespace GovServices.Notifications.Events;

/// <summary>
/// Tells a payer when their payment or a refund is received (the receipt number and its verification link), and
/// reminds them before an unpaid invoice expires (ADR 0068). Payments knows the invoice and its receipt
/// (<see cref="IInvoiceNotices"/>, audited there); the payer is the person the invoice's source module names — for
/// <c>permits</c> the application's applicant (<see cref="IPermitApplicants"/>). An invoice of another source is not told.
/// </summary>
internal sealed class PayerMessageFanOut(
    IInvoiceNotices invoices, IPermitApplicants applicants, IPersonContacts people, MessageComposer composer, NotificationsOptions options) :
    IIntegrationEventHandler<InvoicePaid>,
    IIntegrationEventHandler<RefundIssued>
{
    private const string Purpose = "notification";

    public Task HandleAsync(InvoicePaid integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        TellReceiptAsync(integrationEvent.InvoiceId, "payment.received", integrationEvent.Amount, context.MessageId, integrationEvent.PaidAt, cancellationToken);

    public Task HandleAsync(RefundIssued integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        TellReceiptAsync(integrationEvent.InvoiceId, "payment.refunded", integrationEvent.Amount, context.MessageId, integrationEvent.IssuedAt, cancellationToken);

    /// <summary>
    /// The reminder of an invoice about to expire. Its event id is derived from the invoice and its expiry, so every
    /// run and every instance computes the same one and the engine's unique key makes it once per payer and channel;
    /// an invoice issued again (a new id) is reminded again.
    /// </summary>
    public async Task RemindAsync(ExpiringInvoice invoice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var eventId = ReminderEventId(invoice.InvoiceId, invoice.ExpiresAt);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["amount"] = PermitMessageFanOut.Rupiah(invoice.Amount),
            ["payment_code"] = invoice.PaymentCode,
            ["due_date"] = PermitMessageFanOut.WitaTime(invoice.ExpiresAt),
        };
        await TellPayerAsync(invoice.SourceModule, invoice.SourceReference, new PersonMessageDraft("payment.reminder", values, null, eventId, now), cancellationToken);
    }

    internal static Guid ReminderEventId(Guid invoiceId, DateTimeOffset expiresAt) =>
        NameBasedId.Of($"GovServices.Notifications.InvoiceReminder.{invoiceId:N}.{expiresAt.UtcTicks}");

    private async Task TellReceiptAsync(Guid invoiceId, string templateId, long amount, Guid eventId, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var receipt = await invoices.FindReceiptAsync(invoiceId, Purpose, cancellationToken);
        if (receipt is null)
            return;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["amount"] = PermitMessageFanOut.Rupiah(amount),
            ["receipt_number"] = receipt.ReceiptNumber ?? "",
        };
        var link = receipt.VerificationPath is { } path ? new Uri(options.PublicBaseUrl, path.TrimStart('/')).ToString() : null;
        await TellPayerAsync(receipt.SourceModule, receipt.SourceReference, new PersonMessageDraft(templateId, values, link, eventId, occurredAt), cancellationToken);
    }

    private async Task TellPayerAsync(string sourceModule, string sourceReference, PersonMessageDraft draft, CancellationToken cancellationToken)
    {
        if (sourceModule != "permits" || !Guid.TryParse(sourceReference, out var applicationId))
            return;
        var applicant = await applicants.FindAsync(applicationId, "fee_assessed", Purpose, cancellationToken);
        if (applicant is null)
            return;
        var values = new Dictionary<string, string>(draft.Values, StringComparer.Ordinal) { ["application_number"] = sourceReference };
        var link = draft.Link ?? new Uri(options.PublicBaseUrl, $"api/v1/permits/applications/{applicationId}").ToString();
        var message = new PersonMessage(draft.EventId, draft.TemplateId, values, link, draft.OccurredAt, PersonMessage.AboutApplication(applicationId));
        if (applicant.UserId is { } userId)
            await composer.SendToUserAsync(userId, await people.FindAsync(userId, Purpose, cancellationToken), message, cancellationToken);
        else if (!string.IsNullOrWhiteSpace(applicant.Email) || !string.IsNullOrWhiteSpace(applicant.Phone))
            await composer.SendToContactAsync(string.IsNullOrWhiteSpace(applicant.Email) ? applicant.Phone! : applicant.Email, message, cancellationToken);
    }

    private sealed record PersonMessageDraft(string TemplateId, IReadOnlyDictionary<string, string> Values, string? Link, Guid EventId, DateTimeOffset OccurredAt);
}

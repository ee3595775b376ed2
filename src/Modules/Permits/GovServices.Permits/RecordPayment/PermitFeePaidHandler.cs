using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;
using GovServices.Permits.Domain;
using Microsoft.Extensions.Logging;

namespace GovServices.Permits.RecordPayment;

/// <summary>
/// Payments tells that an invoice was paid: when it is a permit fee, the application is marked paid and its permit
/// issued, in the unit of work of the delivery, together with the inbox row that makes the effect happen once.
/// </summary>
internal sealed partial class PermitFeePaidHandler(
    IUnitOfWork unitOfWork, ApplicationLifecycle lifecycle, PermitIssuance issuance, ILogger<PermitFeePaidHandler> logger)
    : IIntegrationEventHandler<InvoicePaid>
{
    public async Task HandleAsync(InvoicePaid integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (integrationEvent.SourceModule != PermitsModule.Schema)
            return;

        var application = await unitOfWork.QuerySingleOrDefaultAsync<ApplicationRow>(
            ApplicationSql.SelectByInvoice, new { invoice_id = integrationEvent.InvoiceId }, cancellationToken);
        if (application is null || !InvoiceReference.IsOf(integrationEvent.SourceReference, application.Id))
        {
            LogUnknownInvoice(integrationEvent.InvoiceId, integrationEvent.SourceReference);
            return;
        }

        if (application.Status != ApplicationStatus.FeeAssessed)
        {
            // Withdrawn or handled already: the payment stays on record in Payments, for a refund if it comes to that.
            LogNotAwaitingPayment(application.Id, application.Status);
            return;
        }

        var type = await lifecycle.LoadTypeAsync(application.TypeCode, cancellationToken);
        var paid = await lifecycle.MoveAsync(
            application,
            application with { ReceiptNumber = integrationEvent.ReceiptNumber },
            ApplicationActions.RecordPayment,
            type.Sla,
            $"Receipt {integrationEvent.ReceiptNumber}",
            new { amount = integrationEvent.Amount, paidAt = integrationEvent.PaidAt, receipt = integrationEvent.ReceiptNumber },
            cancellationToken);
        // A concurrent change won the version: throwing rolls the delivery back and the dispatcher retries it.
        var ready = paid.IsSuccess ? paid.Value : throw new InvalidOperationException($"Application {application.Id} changed while its payment was recorded.");
        var issued = await issuance.IssueAsync(ready, type, cancellationToken);
        if (!issued.IsSuccess)
            throw new InvalidOperationException($"Application {application.Id} changed while its permit was issued.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "InvoicePaid for invoice {InvoiceId} (reference {Reference}) matches no permit application")]
    private partial void LogUnknownInvoice(Guid invoiceId, string reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "InvoicePaid for application {ApplicationId}, which is {Status}, not awaiting payment")]
    private partial void LogNotAwaitingPayment(Guid applicationId, string status);
}

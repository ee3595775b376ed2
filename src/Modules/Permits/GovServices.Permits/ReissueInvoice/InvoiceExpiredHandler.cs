using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;
using GovServices.Permits.Domain;
using Microsoft.Extensions.Logging;

namespace GovServices.Permits.ReissueInvoice;

/// <summary>
/// Payments tells that an invoice expired unpaid: when it is the current invoice of an application awaiting payment,
/// the application stays <c>fee_assessed</c> without a payable code, with the reason and the expired invoice in its
/// history, until the officer or the applicant asks for a new one (ADR 0062). In the unit of work of the delivery.
/// </summary>
internal sealed partial class InvoiceExpiredHandler(IUnitOfWork unitOfWork, ApplicationLifecycle lifecycle, ILogger<InvoiceExpiredHandler> logger)
    : IIntegrationEventHandler<InvoiceExpired>
{
    public const string Reason = "The invoice expired unpaid; the officer or the applicant can ask for a new one. / Tagihan kedaluwarsa sebelum dibayar; petugas atau pemohon dapat meminta tagihan baru.";

    public async Task HandleAsync(InvoiceExpired integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (integrationEvent.SourceModule != PermitsModule.Schema)
            return;

        var application = await unitOfWork.QuerySingleOrDefaultAsync<ApplicationRow>(
            ApplicationSql.SelectByInvoice, new { invoice_id = integrationEvent.InvoiceId }, cancellationToken);
        if (application is null || !InvoiceReference.IsOf(integrationEvent.SourceReference, application.Id)
            || application.Status != ApplicationStatus.FeeAssessed)
        {
            // Replaced by a newer invoice already, or paid or withdrawn meanwhile: nothing waits on this one.
            LogNotAwaited(integrationEvent.InvoiceId);
            return;
        }

        var type = await lifecycle.LoadTypeAsync(application.TypeCode, cancellationToken);
        var moved = await lifecycle.MoveAsync(
            application,
            application with { InvoiceId = null, PaymentCode = null, InvoiceExpiresAt = null },
            ApplicationActions.ExpireInvoice,
            type.Sla,
            Reason,
            new { invoice = application.InvoiceId, paymentCode = application.PaymentCode, amount = application.FeeAmount, expiredAt = integrationEvent.ExpiredAt },
            cancellationToken);
        // A concurrent change won the version: throwing rolls the delivery back and the dispatcher retries it.
        if (!moved.IsSuccess)
            throw new InvalidOperationException($"Application {application.Id} changed while its invoice's expiry was recorded.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "InvoiceExpired for invoice {InvoiceId}: no permit application awaits it")]
    private partial void LogNotAwaited(Guid invoiceId);
}

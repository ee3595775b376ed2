using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;

namespace GovServices.Payments.Tests;

/// <summary>
/// A subscriber of <see cref="InvoicePaid"/> as another module would write one: its effect (an audit row) is written in
/// the delivery's unit of work, together with the inbox row.
/// </summary>
internal abstract class InvoicePaidSubscriber(IAuditTrail auditTrail, InvoicePaidDeliveries deliveries, string consumer)
    : IIntegrationEventHandler<InvoicePaid>
{
    public const string EffectAction = "test.invoice_paid_handled";

    public async Task HandleAsync(InvoicePaid integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await auditTrail.RecordAsync(
            PaymentsModule.Schema,
            new AuditEvent(EffectAction, consumer, integrationEvent.InvoiceId.ToString()),
            CancellationToken.None);
        deliveries.Record(consumer, integrationEvent.InvoiceId);
        await AfterWorkAsync(cancellationToken);
    }

    protected virtual Task AfterWorkAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The first subscriber; it can hold its delivery open until the host stops, as a slow handler would.</summary>
internal sealed class PermitIssuingSubscriber(IAuditTrail auditTrail, InvoicePaidDeliveries deliveries)
    : InvoicePaidSubscriber(auditTrail, deliveries, "permit-issuing")
{
    private readonly InvoicePaidDeliveries _deliveries = deliveries;

    protected override async Task AfterWorkAsync(CancellationToken cancellationToken)
    {
        _deliveries.FirstWorkDone.TrySetResult();
        if (!_deliveries.HoldUntilStopping)
            return;

        // Its work is done and not cancelled: it commits, and the stop catches the dispatcher right after.
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (cancellationToken.Register(() => stopping.TrySetResult()))
            await stopping.Task;
    }
}

/// <summary>The second subscriber of the same event.</summary>
internal sealed class PayerNoticeSubscriber(IAuditTrail auditTrail, InvoicePaidDeliveries deliveries)
    : InvoicePaidSubscriber(auditTrail, deliveries, "payer-notice");

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;
using GovServices.Payments.Domain;
using GovServices.Payments.IssueInvoice;
using Mediator;

namespace GovServices.Payments.CancelInvoice;

/// <summary>Cancel a pending invoice, so its payment code is no longer payable.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="ExpectedVersion">The version the officer read (If-Match).</param>
/// <param name="Reason">Why it is cancelled, for the audit trail.</param>
internal sealed record CancelInvoiceCommand(Guid InvoiceId, int ExpectedVersion, string Reason) : ICommand<Result<InvoiceView>>;

/// <summary>
/// Only a pending, unexpired invoice of the version read is cancelled; a paid one is refunded instead. The update is
/// conditional on status and version, so a payment notification committed meanwhile wins and the officer gets 412.
/// </summary>
internal sealed class CancelInvoiceHandler(IUnitOfWork unitOfWork, IOutbox outbox, IAuditTrail auditTrail, TimeProvider clock)
    : ICommandHandler<CancelInvoiceCommand, Result<InvoiceView>>
{
    public async ValueTask<Result<InvoiceView>> Handle(CancelInvoiceCommand command, CancellationToken cancellationToken)
    {
        var invoice = await unitOfWork.QuerySingleOrDefaultAsync<Invoice>(InvoiceSql.SelectById, new { id = command.InvoiceId }, cancellationToken);
        if (invoice is null)
            return Error.NotFound("invoice_not_found", Bilingual.Pick("There is no such invoice.", "Tagihan tidak ditemukan."));
        if (invoice.Version != command.ExpectedVersion)
            return Error.PreconditionFailed(Bilingual.Pick("The invoice changed since you read it; read it again.", "Tagihan telah berubah; baca ulang."));

        var now = clock.GetUtcNow();
        var refusal = invoice.EffectiveStatus(now) switch
        {
            InvoiceStatus.Pending => null,
            InvoiceStatus.Expired => Error.Conflict("invoice_expired", Bilingual.Pick("The invoice has expired; it can no longer be paid.", "Tagihan sudah kedaluwarsa.")),
            InvoiceStatus.Cancelled => Error.Conflict("invoice_cancelled", Bilingual.Pick("The invoice is already cancelled.", "Tagihan sudah dibatalkan.")),
            _ => Error.Conflict("invoice_paid", Bilingual.Pick("The invoice is paid; refund it instead of cancelling it.", "Tagihan sudah dibayar; lakukan pengembalian dana, bukan pembatalan.")),
        };
        if (refusal is not null)
            return refusal;

        var updated = await unitOfWork.ExecuteAsync(
            InvoiceSql.MarkCancelled,
            new { id = invoice.Id, version = invoice.Version, now, reason = command.Reason.Trim() },
            cancellationToken);
        if (updated == 0)
            return Error.PreconditionFailed(Bilingual.Pick("The invoice changed while it was being cancelled; read it again.", "Tagihan berubah saat dibatalkan; baca ulang."));

        await outbox.EnqueueAsync(PaymentsModule.Schema, new InvoiceCancelled(invoice.Id, invoice.SourceModule, invoice.SourceReference, now, invoice.Audience), cancellationToken);
        await auditTrail.RecordAsync(PaymentsModule.Schema, new AuditEvent(
            "invoice.cancelled", "invoice", invoice.Id.ToString(), Details: new { reason = command.Reason.Trim() }), cancellationToken);

        var cancelled = await unitOfWork.QuerySingleAsync<Invoice>(InvoiceSql.SelectById, new { id = invoice.Id }, cancellationToken);
        return InvoiceView.From(cancelled, now);
    }
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.Channel;
using GovServices.Payments.Contracts;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.Refunds;

/// <summary>Refund all or part of a payment of an invoice.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Amount">Whole rupiah to refund, more than zero.</param>
/// <param name="ExpectedRefundableAmount">What the officer believes is still refundable of that payment; must equal it.</param>
/// <param name="Reason">Why, for the audit trail and the treasury.</param>
/// <param name="BankReference">The payment to refund: by default the invoice's own; a flagged double payment's bank reference refunds that one, as does that of a payment refused on an expired or cancelled invoice that the bank kept.</param>
internal sealed record IssueRefundCommand(Guid InvoiceId, long Amount, long ExpectedRefundableAmount, string Reason, string? BankReference)
    : ICommand<Result<RefundView>>;

/// <summary>
/// GOV.UK Pay's guard: the caller states the refundable amount it saw, and a refund is refused (412) when that is no
/// longer true. Every refund of an invoice moves the invoice's version with a conditional update, so concurrent
/// refunds are serialised on its row: the loser finds 0 rows, rolls back and gets 412; nothing is refunded twice and
/// never more than was paid.
/// </summary>
internal sealed class IssueRefundHandler(IUnitOfWork unitOfWork, IOutbox outbox, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<IssueRefundCommand, Result<RefundView>>
{
    private const string PaymentKind = "payment";
    private const string DoublePaymentKind = "double_payment";
    private const string RefusedPaymentKind = "refused_payment";

    public async ValueTask<Result<RefundView>> Handle(IssueRefundCommand command, CancellationToken cancellationToken)
    {
        var invoice = await unitOfWork.QuerySingleOrDefaultAsync<Invoice>(InvoiceSql.SelectById, new { id = command.InvoiceId }, cancellationToken);
        if (invoice is null)
            return Error.NotFound("invoice_not_found", Bilingual.Pick("There is no such invoice.", "Tagihan tidak ditemukan."));
        // An unpaid invoice has no payment of its own, but may hold one the bank kept though it was refused (expired, cancelled).
        if (!invoice.WasPaid && string.IsNullOrWhiteSpace(command.BankReference))
            return Error.Conflict("invoice_not_paid", Bilingual.Pick("Only a paid invoice can be refunded; cancel a pending one instead.", "Hanya tagihan yang sudah dibayar yang dapat dikembalikan dananya."));

        var bankReference = string.IsNullOrWhiteSpace(command.BankReference) ? invoice.BankReference! : command.BankReference.Trim();
        var payment = await PaymentAsync(invoice, bankReference, cancellationToken);
        if (payment is null)
            return Error.NotFound("payment_not_found", Bilingual.Pick("This invoice has no payment with that bank reference.", "Tidak ada pembayaran dengan referensi bank tersebut untuk tagihan ini."));

        var refundable = payment.Value.Paid - payment.Value.Refunded;
        if (command.ExpectedRefundableAmount != refundable)
            return RefundableChanged(refundable);
        if (command.Amount > refundable)
        {
            return Error.Unprocessable("refund_exceeds_refundable", Bilingual.Pick(
                $"At most {refundable} rupiah of this payment can still be refunded.",
                $"Paling banyak {refundable} rupiah dari pembayaran ini yang masih dapat dikembalikan."));
        }

        var now = clock.GetUtcNow();
        var ownPayment = payment.Value.Kind == PaymentKind;
        var fullyRefunded = ownPayment ? invoice.RefundedAmount + command.Amount == invoice.Amount : invoice.Status == InvoiceStatus.Refunded;
        var status = !ownPayment ? invoice.Status : fullyRefunded ? InvoiceStatus.Refunded : InvoiceStatus.PartiallyRefunded;
        var updated = await unitOfWork.ExecuteAsync(
            ownPayment ? InvoiceSql.AddRefund : InvoiceSql.TouchVersion,
            new { id = invoice.Id, version = invoice.Version, amount = command.Amount, status },
            cancellationToken);
        if (updated == 0)
            return RefundableChanged(refundable: null);

        var refund = new RefundView(
            Guid.CreateVersion7(now), invoice.Id, bankReference, payment.Value.Kind, command.Amount, command.Reason.Trim(), now,
            refundable - command.Amount, status, invoice.Version + 1);
        await unitOfWork.ExecuteAsync(
            RefundSql.Insert,
            new
            {
                id = refund.Id,
                invoice_id = invoice.Id,
                bank_reference = bankReference,
                channel = payment.Value.Channel,
                kind = refund.Kind,
                amount = refund.Amount,
                reason = refund.Reason,
                issued_at = now,
                issued_day = Wita.DayOf(now),
                issued_by = actor.UserId ?? actor.ClientId,
            },
            cancellationToken);

        await outbox.EnqueueAsync(PaymentsModule.Schema, new RefundIssued(
            refund.Id, invoice.Id, invoice.SourceModule, invoice.SourceReference, refund.Amount, bankReference, !ownPayment, fullyRefunded, now, invoice.Audience), cancellationToken);
        await auditTrail.RecordAsync(PaymentsModule.Schema, new AuditEvent(
            "refund.issued", "invoice", invoice.Id.ToString(), Details: new { refundId = refund.Id, refund.Amount, refund.Kind, bankReference, refund.Reason }), cancellationToken);
        return refund;
    }

    private async Task<(string Kind, long Paid, long Refunded, string Channel)?> PaymentAsync(Invoice invoice, string bankReference, CancellationToken cancellationToken)
    {
        if (bankReference == invoice.BankReference)
            return (PaymentKind, invoice.Amount, invoice.RefundedAmount, invoice.PaidChannel ?? "");

        var kind = DoublePaymentKind;
        var other = await unitOfWork.QuerySingleAsync<OtherPayment>(
            PaymentNotificationSql.SelectDoublePayment,
            new { invoice_id = invoice.Id, payment_request_id = bankReference },
            cancellationToken);
        if (other.PaidAmount is null)
        {
            kind = RefusedPaymentKind;
            other = await unitOfWork.QuerySingleAsync<OtherPayment>(
                PaymentNotificationSql.SelectRefusedPayment,
                new { invoice_id = invoice.Id, payment_request_id = bankReference },
                cancellationToken);
        }

        if (other.PaidAmount is not { } paid)
            return null;

        var refunded = await unitOfWork.ExecuteScalarAsync<long>(
            RefundSql.SumForPayment,
            new { invoice_id = invoice.Id, bank_reference = bankReference },
            cancellationToken);
        return (kind, paid, refunded, other.Channel ?? "");
    }

    private static Error RefundableChanged(long? refundable) => new(
        "refundable_amount_changed",
        refundable is { } amount
            ? Bilingual.Pick($"The refundable amount is now {amount} rupiah; read the invoice again.", $"Jumlah yang dapat dikembalikan sekarang {amount} rupiah; baca ulang tagihan.")
            : Bilingual.Pick("Another refund of this invoice was issued meanwhile; read the invoice again.", "Pengembalian dana lain untuk tagihan ini baru saja diterbitkan; baca ulang tagihan."),
        ErrorKind.PreconditionFailed);

    /// <summary>A payment that is not the invoice's own: a double payment, or one refused that the bank kept.</summary>
    private sealed class OtherPayment
    {
        public long? PaidAmount { get; init; }

        public string? Channel { get; init; }
    }
}

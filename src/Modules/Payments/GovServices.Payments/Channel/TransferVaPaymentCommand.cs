using System.Globalization;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.Contracts;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.Channel;

/// <summary>SNAP's virtual-account payment notification: the bank took the payer's money for a payment code.</summary>
/// <param name="PartnerServiceId">SNAP's institution id, padded; not needed here.</param>
/// <param name="CustomerNo">SNAP's customer number; not needed here.</param>
/// <param name="VirtualAccountNo">The payment code (spaces are ignored).</param>
/// <param name="VirtualAccountName">The name the bank showed the payer.</param>
/// <param name="PaymentRequestId">The bank's reference of the payment.</param>
/// <param name="PaidAmount">What was paid, <c>{"value": "150000.00", "currency": "IDR"}</c>.</param>
/// <param name="TrxDateTime">When the bank took the payment, ISO 8601 with offset.</param>
internal sealed record TransferVaPaymentRequest(
    string? PartnerServiceId,
    string? CustomerNo,
    string? VirtualAccountNo,
    string? VirtualAccountName,
    string? PaymentRequestId,
    SnapAmount? PaidAmount,
    string? TrxDateTime);

/// <summary>The payment as recorded, echoed to the bank; <c>paymentFlagStatus</c> 00 accepted, 01 refused.</summary>
internal sealed record PaymentVirtualAccountData(
    string VirtualAccountNo,
    string PaymentRequestId,
    SnapAmount PaidAmount,
    string TrxDateTime,
    string PaymentFlagStatus,
    PaymentAdditionalInfo? AdditionalInfo);

/// <summary>The receipt of a paid invoice, and the flag of a payment to be refunded.</summary>
internal sealed record PaymentAdditionalInfo(string? ReceiptNumber, string? Flag);

/// <param name="ExternalId">X-EXTERNAL-ID: unique per channel per day.</param>
/// <param name="Day">The day of the call's X-TIMESTAMP, in the bank's own offset.</param>
/// <param name="RequestHash">SHA-256 of the minified body: the same X-EXTERNAL-ID with another body is a conflict.</param>
/// <param name="Request">The notification.</param>
internal sealed record TransferVaPaymentCommand(string ExternalId, DateOnly Day, string RequestHash, TransferVaPaymentRequest Request) : ICommand<SnapAnswer>;

/// <summary>
/// Records the notification and its answer under its X-EXTERNAL-ID, and pays the invoice, in one transaction: the
/// bank gets its 2xx only once all of it is committed. A notification repeated, even concurrently, waits for the
/// first and gets its answer.
/// </summary>
internal sealed class TransferVaPaymentHandler(
    IUnitOfWork unitOfWork, ICurrentActor actor, IOutbox outbox, IAuditTrail auditTrail, TimeProvider clock)
    : ICommandHandler<TransferVaPaymentCommand, SnapAnswer>
{
    private const string Service = SnapResponseCode.PaymentService;

    public async ValueTask<SnapAnswer> Handle(TransferVaPaymentCommand command, CancellationToken cancellationToken)
    {
        var request = command.Request;
        if (Missing(request) is { } missing)
            return SnapAnswer.Of(SnapResponseCode.InvalidMandatoryField.With(missing), Service);
        if (request.PaidAmount!.ToRupiah() is not { } paidAmount)
            return SnapAnswer.Of(SnapResponseCode.InvalidFieldFormat.With("paidAmount"), Service);
        if (!DateTimeOffset.TryParse(request.TrxDateTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var paidAt))
            return SnapAnswer.Of(SnapResponseCode.InvalidFieldFormat.With("trxDateTime"), Service);

        var clientId = actor.ClientId ?? throw new InvalidOperationException("A channel call without a client.");
        var key = new { client_id = clientId, external_id = command.ExternalId, notification_day = command.Day };
        var code = PaymentCodes.Normalise(request.VirtualAccountNo!);

        var reserved = await unitOfWork.ExecuteAsync(
            unitOfWork.Dialect.InsertIfAbsent(PaymentNotificationSql.Table, PaymentNotificationSql.Columns, PaymentNotificationSql.Key),
            new
            {
                key.client_id,
                key.external_id,
                key.notification_day,
                request_hash = command.RequestHash,
                received_at = clock.GetUtcNow(),
                invoice_id = (Guid?)null,
                virtual_account_no = code,
                payment_request_id = request.PaymentRequestId,
                paid_amount = paidAmount,
                outcome = PaymentNotificationOutcome.Processing,
                flagged = false,
                http_status = 0,
                response_body = "",
            },
            cancellationToken);
        if (reserved == 0)
        {
            var stored = await unitOfWork.QuerySingleAsync<StoredAnswer>(PaymentNotificationSql.SelectAnswer, key, cancellationToken);
            return stored.RequestHash == command.RequestHash
                ? new SnapAnswer(stored.HttpStatus, stored.ResponseBody)
                : SnapAnswer.Of(SnapResponseCode.Conflict.With("X-EXTERNAL-ID"), Service);
        }

        var (outcome, invoiceId, answer) = await SettleAsync(request, code, paidAmount, paidAt, clientId, cancellationToken);
        var flagged = outcome is not (PaymentNotificationOutcome.Paid or PaymentNotificationOutcome.Repeat);
        await unitOfWork.ExecuteAsync(
            PaymentNotificationSql.RecordOutcome,
            new
            {
                key.client_id,
                key.external_id,
                key.notification_day,
                invoice_id = invoiceId,
                outcome,
                flagged,
                http_status = answer.HttpStatus,
                response_body = answer.Json,
            },
            cancellationToken);
        await auditTrail.RecordAsync(PaymentsModule.Schema, new AuditEvent(
            "payment.notified",
            "invoice",
            invoiceId?.ToString(),
            flagged ? AuditOutcome.Failed : AuditOutcome.Success,
            new { command.ExternalId, request.PaymentRequestId, paidAmount, outcome, flagged }), cancellationToken);
        return answer;
    }

    private async Task<(string Outcome, Guid? InvoiceId, SnapAnswer Answer)> SettleAsync(
        TransferVaPaymentRequest request, string code, long paidAmount, DateTimeOffset paidAt, string clientId, CancellationToken cancellationToken)
    {
        // Twice at most: when a concurrent notification paid the invoice between our read and our update, read it again.
        for (var attempt = 0; ; attempt++)
        {
            var invoice = await unitOfWork.QuerySingleOrDefaultAsync<Invoice>(
                InvoiceSql.SelectByPaymentCode, new { payment_code = code }, cancellationToken);
            if (invoice is null)
                return (PaymentNotificationOutcome.UnknownInvoice, null, Refused(SnapResponseCode.BillNotFound, request, paidAmount));
            if (invoice.Amount != paidAmount)
                return (PaymentNotificationOutcome.AmountMismatch, invoice.Id, Refused(SnapResponseCode.InvalidAmount, request, paidAmount));

            switch (invoice.EffectiveStatus(clock.GetUtcNow()))
            {
                case InvoiceStatus.Expired:
                    return (PaymentNotificationOutcome.InvoiceExpired, invoice.Id, Refused(SnapResponseCode.BillExpired, request, paidAmount));
                case InvoiceStatus.Cancelled:
                    return (PaymentNotificationOutcome.InvoiceCancelled, invoice.Id, Refused(SnapResponseCode.BillCancelled, request, paidAmount));
                case InvoiceStatus.Pending:
                    break;
                default:
                    if (invoice.BankReference == request.PaymentRequestId)
                        return (PaymentNotificationOutcome.Repeat, invoice.Id, Accepted(request, paidAmount, invoice.ReceiptNumber, flag: null));
                    // The same double payment notified again (a retry under a new X-EXTERNAL-ID, or across the bank's midnight) is one double payment.
                    var knownDoublePayment = await unitOfWork.ExecuteScalarAsync<int>(
                        PaymentNotificationSql.CountDoublePayments,
                        new { invoice_id = invoice.Id, payment_request_id = request.PaymentRequestId, client_id = clientId },
                        cancellationToken) > 0;
                    return (
                        knownDoublePayment ? PaymentNotificationOutcome.Repeat : PaymentNotificationOutcome.DoublePayment,
                        invoice.Id,
                        Accepted(request, paidAmount, receiptNumber: null, PaymentNotificationOutcome.DoublePayment));
            }

            var receiptNumber = ReceiptNumber.New(paidAt);
            var updated = await unitOfWork.ExecuteAsync(
                InvoiceSql.MarkPaid,
                new
                {
                    id = invoice.Id,
                    version = invoice.Version,
                    paid_at = paidAt.ToUniversalTime(),
                    paid_channel = clientId,
                    bank_reference = request.PaymentRequestId,
                    receipt_number = receiptNumber,
                    receipt_code = ReceiptCode.New(),
                    paid_day = Wita.DayOf(paidAt),
                },
                cancellationToken);
            if (updated == 0 && attempt == 0)
                continue;
            if (updated == 0)
                throw new InvalidOperationException($"Invoice {invoice.Id} changed twice while a payment was recorded.");

            await outbox.EnqueueAsync(PaymentsModule.Schema, new InvoicePaid(
                invoice.Id, invoice.SourceModule, invoice.SourceReference, invoice.Amount, paidAt.ToUniversalTime(), receiptNumber, invoice.Audience), cancellationToken);
            await auditTrail.RecordAsync(PaymentsModule.Schema, new AuditEvent(
                "invoice.paid", "invoice", invoice.Id.ToString(), Details: new { receiptNumber, request.PaymentRequestId, channel = clientId }), cancellationToken);
            return (PaymentNotificationOutcome.Paid, invoice.Id, Accepted(request, paidAmount, receiptNumber, flag: null));
        }
    }

    private static string? Missing(TransferVaPaymentRequest request) =>
        string.IsNullOrWhiteSpace(request.VirtualAccountNo) ? "virtualAccountNo"
        : string.IsNullOrWhiteSpace(request.PaymentRequestId) ? "paymentRequestId"
        : request.PaidAmount is null || string.IsNullOrWhiteSpace(request.PaidAmount.Value) ? "paidAmount"
        : string.IsNullOrWhiteSpace(request.TrxDateTime) ? "trxDateTime"
        : null;

    private static SnapAnswer Accepted(TransferVaPaymentRequest request, long paidAmount, string? receiptNumber, string? flag) =>
        SnapAnswer.Of(SnapResponseCode.Successful, Service, Data(request, paidAmount, "00", receiptNumber is null && flag is null ? null : new PaymentAdditionalInfo(receiptNumber, flag)));

    private static SnapAnswer Refused(SnapResponseCode code, TransferVaPaymentRequest request, long paidAmount) =>
        SnapAnswer.Of(code, Service, Data(request, paidAmount, "01", additionalInfo: null));

    private static PaymentVirtualAccountData Data(TransferVaPaymentRequest request, long paidAmount, string flagStatus, PaymentAdditionalInfo? additionalInfo) =>
        new(request.VirtualAccountNo!, request.PaymentRequestId!, SnapAmount.FromRupiah(paidAmount), request.TrxDateTime!, flagStatus, additionalInfo);
}

namespace GovServices.Payments.Domain;

internal static class InvoiceSql
{
    public const string Table = "payments.invoice";

    public static readonly string[] InsertColumns =
    [
        "id", "payment_code", "amount", "description", "payer_name", "payer_nik", "source_module", "source_reference",
        "due_at", "expires_at", "status", "created_at", "created_by_client", "version", "owner_client_id", "owner_opd",
    ];

    public static readonly string[] SourceKey = ["source_module", "source_reference"];

    private const string Columns = """
        id AS Id, payment_code AS PaymentCode, amount AS Amount, description AS Description, payer_name AS PayerName,
        payer_nik AS PayerNik, source_module AS SourceModule, source_reference AS SourceReference, due_at AS DueAt,
        expires_at AS ExpiresAt, status AS Status, created_at AS CreatedAt, created_by_client AS CreatedByClient,
        paid_at AS PaidAt, paid_channel AS PaidChannel, bank_reference AS BankReference,
        receipt_number AS ReceiptNumber, receipt_code AS ReceiptCode, refunded_amount AS RefundedAmount,
        cancelled_at AS CancelledAt, cancel_reason AS CancelReason, version AS Version, owner_client_id AS OwnerClientId,
        owner_opd AS OwnerOpd
        """;

    public const string SelectById = $"""
        SELECT {Columns}
        FROM payments.invoice
        WHERE id = @id
        """;

    public const string SelectBySource = $"""
        SELECT {Columns}
        FROM payments.invoice
        WHERE source_module = @source_module
          AND source_reference = @source_reference
        """;

    public const string SelectByPaymentCode = $"""
        SELECT {Columns}
        FROM payments.invoice
        WHERE payment_code = @payment_code
        """;

    public const string SelectByReceiptNumber = $"""
        SELECT {Columns}
        FROM payments.invoice
        WHERE receipt_number = @receipt_number
        """;

    public const string SelectByReceiptCode = $"""
        SELECT {Columns}
        FROM payments.invoice
        WHERE receipt_code = @receipt_code
        """;

    public const string SelectIdByPaymentCode = """
        SELECT id
        FROM payments.invoice
        WHERE payment_code = @payment_code
        """;

    public static string SelectExpiring(GovServices.BuildingBlocks.Data.ISqlDialect dialect) => $"""
        SELECT {Columns}
        FROM payments.invoice
        WHERE status = 'pending'
          AND expires_at <= @now
        ORDER BY expires_at, id
        {dialect.Limit("limit")}
        """;

    public const string MarkExpired = """
        UPDATE payments.invoice
        SET status = 'expired',
            version = version + 1
        WHERE id = @id
          AND status = 'pending'
          AND version = @version
        """;

    /// <summary>Only a pending, unexpired invoice of the version read becomes paid: a concurrent payment finds 0 rows.</summary>
    public const string MarkPaid = """
        UPDATE payments.invoice
        SET status = 'paid',
            paid_at = @paid_at,
            paid_channel = @paid_channel,
            bank_reference = @bank_reference,
            receipt_number = @receipt_number,
            receipt_code = @receipt_code,
            paid_day = @paid_day,
            version = version + 1
        WHERE id = @id
          AND status = 'pending'
          AND version = @version
        """;

    /// <summary>Only a pending invoice of the version read, not yet expired, is cancelled: a payment committed meanwhile wins.</summary>
    public const string MarkCancelled = """
        UPDATE payments.invoice
        SET status = 'cancelled',
            cancelled_at = @now,
            cancel_reason = @reason,
            version = version + 1
        WHERE id = @id
          AND status = 'pending'
          AND expires_at > @now
          AND version = @version
        """;

    /// <summary>A refund of the invoice's own payment: only from the version read, and never beyond the amount paid.</summary>
    public const string AddRefund = """
        UPDATE payments.invoice
        SET refunded_amount = refunded_amount + @amount,
            status = @status,
            version = version + 1
        WHERE id = @id
          AND version = @version
          AND refunded_amount + @amount <= amount
        """;

    /// <summary>A refund of a double payment leaves the invoice's status, but moves its version: refunds of one invoice are serialised.</summary>
    public const string TouchVersion = """
        UPDATE payments.invoice
        SET version = version + 1
        WHERE id = @id
          AND version = @version
        """;
}

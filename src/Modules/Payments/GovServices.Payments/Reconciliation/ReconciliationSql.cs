using GovServices.BuildingBlocks.Data;

namespace GovServices.Payments.Reconciliation;

internal static class ReconciliationSql
{
    public const string RunTable = "payments.reconciliation";
    public const string ItemTable = "payments.reconciliation_item";

    public static readonly string[] ItemColumns =
    [
        "id", "item_key", "reconciliation_id", "kind", "channel", "settlement_date", "bank_reference", "virtual_account_no",
        "invoice_id", "bank_amount", "recorded_amount", "status", "created_at", "version",
    ];

    public static readonly string[] ItemKey = ["item_key"];

    private const string RunColumns = """
        id AS Id, channel AS Channel, settlement_date AS SettlementDate, file_name AS FileName, uploaded_at AS UploadedAt,
        row_count AS RowsRead, matched_count AS MatchedCount, bank_only_count AS BankOnlyCount,
        missing_at_bank_count AS MissingAtBankCount, amount_mismatch_count AS AmountMismatchCount,
        error_count AS ErrorCount, errors AS Errors
        """;

    private const string ItemSelect = """
        SELECT id AS Id, reconciliation_id AS ReconciliationId, kind AS Kind, channel AS Channel,
               settlement_date AS SettlementDate, bank_reference AS BankReference, virtual_account_no AS VirtualAccountNo,
               invoice_id AS InvoiceId, bank_amount AS BankAmount, recorded_amount AS RecordedAmount, status AS Status,
               created_at AS CreatedAt, resolution_note AS ResolutionNote, resolved_at AS ResolvedAt,
               resolved_by AS ResolvedBy, version AS Version
        FROM payments.reconciliation_item
        """;

    public const string SelectRunByFile = $"""
        SELECT {RunColumns}
        FROM payments.reconciliation
        WHERE channel = @channel
          AND settlement_date = @settlement_date
          AND file_hash = @file_hash
        """;

    public static readonly string[] RunInsertColumns =
    [
        "id", "channel", "settlement_date", "file_hash", "file_name", "uploaded_at", "uploaded_by", "row_count", "matched_count",
        "bank_only_count", "missing_at_bank_count", "amount_mismatch_count", "error_count", "errors",
    ];

    public static readonly string[] RunFileKey = ["channel", "settlement_date", "file_hash"];

    public const string SelectItemsOfRun = $"""
        {ItemSelect}
        WHERE reconciliation_id = @reconciliation_id
        ORDER BY created_at, id
        """;

    public const string SelectItem = $"""
        {ItemSelect}
        WHERE id = @id
        """;

    public static string SelectItemsPage(ISqlDialect dialect, bool afterCursor) => $"""
        {ItemSelect}
        WHERE status = @status
        {(afterCursor ? "  AND (created_at > @after_at OR (created_at = @after_at AND id > @after_id))" : "")}
        ORDER BY created_at, id
        {dialect.Limit("limit")}
        """;

    public const string Resolve = """
        UPDATE payments.reconciliation_item
        SET status = 'resolved',
            resolution_note = @note,
            resolved_at = @now,
            resolved_by = @resolved_by,
            version = version + 1
        WHERE id = @id
          AND status = 'open'
          AND version = @version
        """;

    /// <summary>The recorded side of a payment the bank settled: its invoice, paid through this channel.</summary>
    public const string SelectPaidByBankReference = """
        SELECT id AS InvoiceId, amount AS Amount
        FROM payments.invoice
        WHERE bank_reference = @bank_reference
          AND paid_channel = @channel
        """;

    /// <summary>A double payment recorded here (received, flagged to refund) also matches the bank's row.</summary>
    public const string SelectDoublePaymentByBankReference = """
        SELECT invoice_id AS InvoiceId, paid_amount AS Amount
        FROM payments.payment_notification
        WHERE payment_request_id = @bank_reference
          AND client_id = @channel
          AND outcome = 'double_payment'
        """;

    public const string SelectPaidInWindow = """
        SELECT id AS InvoiceId, amount AS Amount, bank_reference AS BankReference, payment_code AS PaymentCode
        FROM payments.invoice
        WHERE paid_channel = @channel
          AND paid_at >= @start
          AND paid_at < @end
          AND bank_reference IS NOT NULL
        ORDER BY paid_at, id
        """;
}

using GovServices.BuildingBlocks.Data;

namespace GovServices.Payments.Notices;

internal static class InvoiceNoticesSql
{
    public const string SelectReceipt = """
        SELECT source_module AS SourceModule, source_reference AS SourceReference, amount AS Amount,
               receipt_number AS ReceiptNumber, receipt_code AS ReceiptCode
        FROM payments.invoice
        WHERE id = @id
        """;

    public static string SelectExpiring(ISqlDialect dialect) => $"""
        SELECT id AS Id, source_module AS SourceModule, source_reference AS SourceReference, amount AS Amount,
               payment_code AS PaymentCode, expires_at AS ExpiresAt
        FROM payments.invoice
        WHERE status = @status AND expires_at >= @from AND expires_at < @until
        ORDER BY expires_at, id
        {dialect.Limit("limit")}
        """;
}

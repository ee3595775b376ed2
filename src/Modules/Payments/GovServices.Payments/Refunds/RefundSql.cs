using GovServices.BuildingBlocks.Data;

namespace GovServices.Payments.Refunds;

internal static class RefundSql
{
    public const string Insert = """
        INSERT INTO payments.refund (id, invoice_id, bank_reference, channel, kind, amount, reason, issued_at, issued_day, issued_by)
        VALUES (@id, @invoice_id, @bank_reference, @channel, @kind, @amount, @reason, @issued_at, @issued_day, @issued_by)
        """;

    public const string SumForPayment = """
        SELECT COALESCE(SUM(amount), 0)
        FROM payments.refund
        WHERE invoice_id = @invoice_id
          AND bank_reference = @bank_reference
        """;

    /// <summary>
    /// An invoice's refunds in the order they were issued: by time, the id only breaking ties, since SQL Server sorts a
    /// uniqueidentifier by its last bytes, not by its UUIDv7 time.
    /// </summary>
    public static string SelectPage(ISqlDialect dialect, bool afterCursor) => $"""
        SELECT id AS Id, bank_reference AS BankReference, kind AS Kind, amount AS Amount, reason AS Reason, issued_at AS IssuedAt
        FROM payments.refund
        WHERE invoice_id = @invoice_id
        {(afterCursor ? "  AND (issued_at > @after_at OR (issued_at = @after_at AND id > @after_id))" : "")}
        ORDER BY issued_at, id
        {dialect.Limit("limit")}
        """;
}

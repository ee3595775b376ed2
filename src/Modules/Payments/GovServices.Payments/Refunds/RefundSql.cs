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

    /// <summary>An invoice's refunds in the order they were issued (ids are UUIDv7); the cursor is the last id.</summary>
    public static string SelectPage(ISqlDialect dialect, bool afterCursor) => $"""
        SELECT id AS Id, bank_reference AS BankReference, kind AS Kind, amount AS Amount, reason AS Reason, issued_at AS IssuedAt
        FROM payments.refund
        WHERE invoice_id = @invoice_id
        {(afterCursor ? "  AND id > @after" : "")}
        ORDER BY id
        {dialect.Limit("limit")}
        """;
}

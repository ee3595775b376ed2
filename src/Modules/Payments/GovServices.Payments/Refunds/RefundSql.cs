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
}

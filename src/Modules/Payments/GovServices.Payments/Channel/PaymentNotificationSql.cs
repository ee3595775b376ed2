namespace GovServices.Payments.Channel;

internal static class PaymentNotificationSql
{
    public const string Table = "payments.payment_notification";

    public static readonly string[] Columns =
    [
        "client_id", "external_id", "notification_day", "request_hash", "received_at", "invoice_id", "virtual_account_no",
        "payment_request_id", "paid_amount", "outcome", "flagged", "http_status", "response_body",
    ];

    public static readonly string[] Key = ["client_id", "external_id", "notification_day"];

    public const string SelectAnswer = """
        SELECT request_hash AS RequestHash, http_status AS HttpStatus, response_body AS ResponseBody
        FROM payments.payment_notification
        WHERE client_id = @client_id
          AND external_id = @external_id
          AND notification_day = @notification_day
        """;

    public const string RecordOutcome = """
        UPDATE payments.payment_notification
        SET invoice_id = @invoice_id,
            outcome = @outcome,
            flagged = @flagged,
            http_status = @http_status,
            response_body = @response_body
        WHERE client_id = @client_id
          AND external_id = @external_id
          AND notification_day = @notification_day
        """;

    public const string CountDoublePayments = """
        SELECT COUNT(*)
        FROM payments.payment_notification
        WHERE invoice_id = @invoice_id
          AND payment_request_id = @payment_request_id
          AND client_id = @client_id
          AND outcome = 'double_payment'
        """;

    /// <summary>A double payment: what the bank took and through which channel (repeats of it are recorded as repeats).</summary>
    public const string SelectDoublePayment = """
        SELECT MIN(paid_amount) AS PaidAmount, MIN(client_id) AS Channel
        FROM payments.payment_notification
        WHERE invoice_id = @invoice_id
          AND payment_request_id = @payment_request_id
          AND outcome = 'double_payment'
        """;

    /// <summary>
    /// A payment refused because its invoice had expired or was cancelled, that the bank kept nonetheless: what it
    /// took and through which channel, for a refund (ADR 0062).
    /// </summary>
    public const string SelectRefusedPayment = """
        SELECT MIN(paid_amount) AS PaidAmount, MIN(client_id) AS Channel
        FROM payments.payment_notification
        WHERE invoice_id = @invoice_id
          AND payment_request_id = @payment_request_id
          AND outcome IN ('invoice_expired', 'invoice_cancelled')
        """;
}

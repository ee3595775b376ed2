namespace GovServices.Payments.Domain;

/// <summary>Where an invoice stands; stored as snake_case text.</summary>
internal static class InvoiceStatus
{
    public const string Pending = "pending";
    public const string Paid = "paid";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";
    public const string Refunded = "refunded";
    public const string PartiallyRefunded = "partially_refunded";
}

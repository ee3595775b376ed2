namespace GovServices.Payments;

/// <summary>The module's routes, relative to <see cref="Group"/>.</summary>
internal static class PaymentsApiPaths
{
    public const string Group = "/api/v1/payments";
    public const string Invoices = "/invoices";
    public const string Invoice = "/invoices/{id:guid}";
    public const string TransferVaInquiry = "/channel/transfer-va/inquiry";
    public const string TransferVaPayment = "/channel/transfer-va/payment";
}

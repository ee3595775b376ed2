namespace GovServices.Permits.Domain;

/// <summary>
/// The source reference of an application's invoices in Payments, its idempotency key there: the application's id for
/// the first, <c>{id}/{n}</c> for the n-th after earlier ones expired, so a retried request answers the same invoice
/// and a new one after an expiry gets a new payment code (ADR 0062).
/// </summary>
internal static class InvoiceReference
{
    public static string For(Guid applicationId, int number) =>
        number <= 1 ? applicationId.ToString() : $"{applicationId}/{number}";

    /// <summary>True when <paramref name="reference"/> names one of the application's invoices.</summary>
    public static bool IsOf(string reference, Guid applicationId)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        var id = slash < 0 ? reference : reference[..slash];
        return Guid.TryParse(id, out var parsed) && parsed == applicationId
            && (slash < 0 || int.TryParse(reference[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _));
    }
}

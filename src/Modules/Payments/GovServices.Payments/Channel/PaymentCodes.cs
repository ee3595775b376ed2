namespace GovServices.Payments.Channel;

internal static class PaymentCodes
{
    /// <summary>SNAP pads the institution part of <c>virtualAccountNo</c> with spaces; the payment code is the digits.</summary>
    public static string Normalise(string virtualAccountNo) => virtualAccountNo.Replace(" ", "", StringComparison.Ordinal);
}

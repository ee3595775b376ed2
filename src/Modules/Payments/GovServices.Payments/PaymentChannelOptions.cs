namespace GovServices.Payments;

/// <summary>One bank channel under <c>Payments:Channels:&lt;clientId&gt;</c>.</summary>
internal sealed class PaymentChannelOptions
{
    /// <summary>SNAP's banks keep Western Indonesian Time: the day X-EXTERNAL-ID is unique in, and of settlement files.</summary>
    public const string DefaultTimeZone = "Asia/Jakarta";

    /// <summary>The shared secret of the SNAP symmetric signature (HMAC-SHA512); kept protected in <c>payments.channel</c> at start-up (docs/adr/0020).</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>The bank's time zone (IANA id): its calendar day bounds X-EXTERNAL-ID uniqueness and its settlement files.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;
}

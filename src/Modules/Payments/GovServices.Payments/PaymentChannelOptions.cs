namespace GovServices.Payments;

/// <summary>One bank channel under <c>Payments:Channels:&lt;clientId&gt;</c>.</summary>
internal sealed class PaymentChannelOptions
{
    /// <summary>The shared secret of the SNAP symmetric signature (HMAC-SHA512); kept in <c>payments.channel</c> at start-up.</summary>
    public string SigningKey { get; set; } = "";
}

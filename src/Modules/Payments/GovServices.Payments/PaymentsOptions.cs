using Microsoft.Extensions.Configuration;

namespace GovServices.Payments;

/// <summary>Section <c>Payments</c>: how payment codes look, how long invoices stay payable, the bank channels.</summary>
internal sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    /// <summary>The leading digits the treasury bank assigned to the city (its virtual-account prefix).</summary>
    public string InstitutionPrefix { get; set; } = "8074";

    /// <summary>Length of a payment code: prefix, random digits, one Luhn check digit.</summary>
    public int PaymentCodeLength { get; set; } = 16;

    /// <summary>How long an invoice stays payable when its issuer gives no expiry.</summary>
    public TimeSpan DefaultValidity { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often pending invoices past their expiry are marked expired (and <c>InvoiceExpired</c> published).</summary>
    public TimeSpan ExpiryPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far a channel's <c>X-TIMESTAMP</c> may be from our clock, either way.</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Bank channels by OAuth client id, with the key they sign requests with (see docs/adr/0011).</summary>
    public Dictionary<string, PaymentChannelOptions> Channels { get; set; } = new(StringComparer.Ordinal);

    public static PaymentsOptions From(IConfiguration configuration)
    {
        var options = new PaymentsOptions();
        configuration.GetSection(SectionName).Bind(options);
        if (options.InstitutionPrefix.Length == 0 || !options.InstitutionPrefix.All(char.IsAsciiDigit))
            throw new InvalidOperationException("Payments:InstitutionPrefix must be digits.");
        if (options.PaymentCodeLength - options.InstitutionPrefix.Length - 1 < 8)
            throw new InvalidOperationException("Payments:PaymentCodeLength leaves fewer than 8 random digits after the prefix.");
        return options;
    }
}

using Microsoft.Extensions.Configuration;

namespace GovServices.Payments;

/// <summary>Section <c>Payments</c>: how payment codes look, how long invoices stay payable, the bank channels.</summary>
internal sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    /// <summary>The leading digits the treasury bank assigned to the city (its virtual-account prefix).</summary>
    public string InstitutionPrefix { get; set; } = "8074";

    /// <summary>Length of a payment code: prefix, random digits, one Damm check digit.</summary>
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
        foreach (var (clientId, channel) in options.Channels)
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(channel.TimeZone, out _))
                throw new InvalidOperationException($"Payments:Channels:{clientId}:TimeZone '{channel.TimeZone}' is not a known time zone.");
        }

        return options;
    }

    /// <summary>The bank's time zone of a channel; Western Indonesian Time unless configured.</summary>
    public TimeZoneInfo ChannelTimeZone(string clientId) =>
        TimeZoneInfo.FindSystemTimeZoneById(Channels.TryGetValue(clientId, out var channel) ? channel.TimeZone : PaymentChannelOptions.DefaultTimeZone);

    /// <summary>The bank's calendar day of <paramref name="instant"/>: the day of X-EXTERNAL-ID uniqueness and of settlement.</summary>
    public DateOnly ChannelDay(string clientId, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, ChannelTimeZone(clientId)).DateTime);

    /// <summary>The first and the first-after instants of a channel's calendar day, as UTC.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) ChannelDayBounds(string clientId, DateOnly day)
    {
        var zone = ChannelTimeZone(clientId);
        DateTimeOffset StartOf(DateOnly date)
        {
            var local = date.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }

        return (StartOf(day), StartOf(day.AddDays(1)));
    }
}

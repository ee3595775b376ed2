using System.Globalization;
using System.Text;
using GovServices.Payments;
using GovServices.Payments.Channel;
using Microsoft.Extensions.Configuration;

namespace GovServices.Bench;

/// <summary>
/// Scenario 7's requests, signed in advance as the bank signs them (wrk's Lua has no HMAC-SHA512): one line per
/// notification — X-EXTERNAL-ID, X-TIMESTAMP, X-SIGNATURE, body — each a new external id paying its own pending
/// invoice. The signature covers the access token and a timestamp valid for five minutes, so they are made just
/// before the run.
/// </summary>
internal static class SignedPaymentNotifications
{
    public const string SigningKey = "bank-channel-secret";
    private const string Path = PaymentsApiPaths.Group + PaymentsApiPaths.TransferVaPayment;
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static async Task WriteAsync(IConfiguration options)
    {
        var token = options.Required("Token");
        var runId = options.Required("RunId");
        var from = options.Count("From", 0);
        var count = options.Count("Count", 0);
        var invoices = (await File.ReadAllLinesAsync(options.Required("Invoices")))
            .Skip(from)
            .Take(count)
            .Select(line => line.Split('\t'))
            .ToList();
        if (invoices.Count < count)
            throw new BenchUsageException($"--Invoices holds {invoices.Count} invoices from {from}, fewer than the {count} asked for.");

        var timestamp = DateTimeOffset.UtcNow.ToOffset(Wib).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        await using var output = new StreamWriter(options.Required("Out"));
        for (var index = 0; index < invoices.Count; index++)
        {
            var (code, amount) = (invoices[index][0], invoices[index][1]);
            var externalId = string.Create(CultureInfo.InvariantCulture, $"{runId}-{from + index}");
            // Minified already: what is hashed is byte for byte what is sent.
            var body = string.Create(
                CultureInfo.InvariantCulture,
                $$"""{"partnerServiceId":"   80740","customerNo":"{{code[4..]}}","virtualAccountNo":"{{code}}","paymentRequestId":"ref-{{externalId}}","paidAmount":{"value":"{{amount}}.00","currency":"IDR"},"trxDateTime":"{{timestamp}}"}""");
            var signature = Convert.ToBase64String(ChannelSignature.Sign(SigningKey, "POST", Path, token, Encoding.UTF8.GetBytes(body), timestamp));
            await output.WriteAsync($"{externalId}\t{timestamp}\t{signature}\t{body}\n");
        }
    }
}

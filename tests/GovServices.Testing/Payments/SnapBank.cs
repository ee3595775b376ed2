using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace GovServices.Testing.Payments;

/// <summary>
/// The treasury bank as the tests of other modules meet it: it pays a payment code through the signed channel API
/// (SNAP's symmetric signature, computed here from the standard rather than with the service's own code, so a test
/// that pays also checks the service against the standard). Payments' own tests spoil each part of the signature
/// with their <c>BankChannel</c>.
/// </summary>
/// <param name="api">A client of the host.</param>
/// <param name="accessToken">A <c>payments.channel</c> token of the <c>bank-channel</c> client.</param>
/// <param name="clock">The host's clock: SNAP refuses a timestamp far from it, and some hosts run on a fake one.</param>
public sealed class SnapBank(HttpClient api, string accessToken, TimeProvider? clock = null)
{
    /// <summary>The demo channel's signing key; a host gives it as <c>Payments:Channels:bank-channel:SigningKey</c>.</summary>
    public const string DemoSigningKey = "bank-channel-secret";

    public const string PaymentPath = "/api/v1/payments/channel/transfer-va/payment";

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>The bank reports <paramref name="amount"/> paid to <paramref name="paymentCode"/>, under a new external id.</summary>
    public async Task<HttpResponseMessage> PayAsync(string paymentCode, long amount)
    {
        var timestamp = (clock ?? TimeProvider.System).GetUtcNow().ToOffset(Wib).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        var body = $$"""{"partnerServiceId":"   80740","customerNo":"{{paymentCode[4..]}}","virtualAccountNo":"{{paymentCode}}","paymentRequestId":"pay-{{Guid.NewGuid():N}}","paidAmount":{"value":"{{amount.ToString(CultureInfo.InvariantCulture)}}.00","currency":"IDR"},"trxDateTime":"{{timestamp}}"}""";
        // The body has no whitespace outside strings, so its hash is that of its minified form.
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var stringToSign = string.Join(':', "POST", PaymentPath, accessToken, bodyHash, timestamp);
        var signature = HMACSHA512.HashData(Encoding.UTF8.GetBytes(DemoSigningKey), Encoding.UTF8.GetBytes(stringToSign));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(PaymentPath, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Add("X-TIMESTAMP", timestamp);
        request.Headers.Add("X-SIGNATURE", Convert.ToBase64String(signature));
        request.Headers.Add("X-PARTNER-ID", "bank-channel");
        request.Headers.Add("X-EXTERNAL-ID", Guid.NewGuid().ToString("N"));
        return await api.SendAsync(request);
    }
}

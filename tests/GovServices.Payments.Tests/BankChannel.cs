using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using GovServices.Payments.Channel;

namespace GovServices.Payments.Tests;

/// <summary>Calls the channel endpoints as the treasury bank does: a token, a SNAP signature, an X-EXTERNAL-ID.</summary>
internal sealed class BankChannel(HttpClient api, string accessToken, string signingKey = BankChannel.DemoSigningKey)
{
    public const string DemoSigningKey = "bank-channel-secret";
    public const string InquiryPath = "/api/v1/payments/channel/transfer-va/inquiry";
    public const string PaymentPath = "/api/v1/payments/channel/transfer-va/payment";

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>A host's settings for talking to it as the bank: the demo accounts and the demo channel's signing key.</summary>
    public static Dictionary<string, string?> HostSettings(IReadOnlyDictionary<string, string?> databaseSettings) =>
        new(databaseSettings)
        {
            ["Identity:SeedDemoData"] = "true",
            ["Payments:Channels:bank-channel:SigningKey"] = DemoSigningKey,
        };

    public static string Timestamp(DateTimeOffset at) =>
        at.ToOffset(Wib).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string PaymentBody(string code, long amount, string bankReference, DateTimeOffset? paidAt = null) =>
        $$"""
        {
          "partnerServiceId": "   80740",
          "customerNo": "{{code[4..]}}",
          "virtualAccountNo": "{{code}}",
          "paymentRequestId": "{{bankReference}}",
          "paidAmount": { "value": "{{amount.ToString(CultureInfo.InvariantCulture)}}.00", "currency": "IDR" },
          "trxDateTime": "{{Timestamp(paidAt ?? DateTimeOffset.UtcNow)}}"
        }
        """;

    public static string InquiryBody(string code) =>
        $$"""{ "virtualAccountNo": "{{code}}", "inquiryRequestId": "inq-{{Guid.NewGuid():N}}" }""";

    public Task<HttpResponseMessage> InquireAsync(string code) => SendAsync(InquiryPath, InquiryBody(code));

    public Task<HttpResponseMessage> PayAsync(string body, string externalId, DateTimeOffset? timestamp = null) =>
        SendAsync(PaymentPath, body, externalId, timestamp);

    /// <summary>A signed call; each part of the signature can be spoilt by the arguments.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        string path,
        string body,
        string? externalId = null,
        DateTimeOffset? timestamp = null,
        string? sentBody = null,
        bool sendTimestamp = true,
        bool sendSignature = true,
        string? key = null,
        string? partnerId = "bank-channel",
        string? timestampText = null)
    {
        timestampText ??= Timestamp(timestamp ?? DateTimeOffset.UtcNow);
        var signature = ChannelSignature.Sign(key ?? signingKey, "POST", path, accessToken, Encoding.UTF8.GetBytes(body), timestampText);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(sentBody ?? body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (sendTimestamp)
            request.Headers.Add("X-TIMESTAMP", timestampText);
        if (sendSignature)
            request.Headers.Add("X-SIGNATURE", Convert.ToBase64String(signature));
        if (partnerId is not null)
            request.Headers.Add("X-PARTNER-ID", partnerId);
        if (externalId is not null)
            request.Headers.Add("X-EXTERNAL-ID", externalId);
        return await api.SendAsync(request);
    }
}

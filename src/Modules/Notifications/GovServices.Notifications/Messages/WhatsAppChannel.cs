using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using GovServices.Notifications.Delivery;

namespace GovServices.Notifications.Messages;

/// <summary>
/// WhatsApp through the Business Cloud API: <c>POST {BaseUrl}/{PhoneNumberId}/messages</c>, a template message (a
/// business may start a conversation only with an approved template) named after ours, its body parameters our
/// values in order, in our language; <c>biz_opaque_callback_data</c> carries the message id, which the status
/// webhook returns.
/// </summary>
internal sealed class WhatsAppChannel(IHttpClientFactory clients, NotificationsOptions options) : INotificationChannel
{
    public const string HttpClientName = "GovServices.Notifications.WhatsApp";

    public string Name => MessageChannels.WhatsApp;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.WhatsApp.PhoneNumberId);

    public bool ConfirmsByReceipt => true;

    public async Task<DeliveryOutcome> SendAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var to = PhoneNumbers.ToE164(message.To);
        if (to is null || message.ProviderTemplate is null)
            return new DeliveryOutcome(DeliveryOutcomeKind.WillNotSend, null, TimeSpan.Zero, "invalid_contact: not a phone number");

        var body = new CloudMessage(
            "whatsapp",
            "individual",
            to[1..],
            "template",
            new CloudTemplate(
                message.ProviderTemplate,
                new CloudLanguage(message.Language),
                [new CloudComponent("body", [.. message.Parameters.Select(value => new CloudParameter("text", value))])]),
            messageId);
        var url = new Uri(options.WhatsApp.BaseUrl.ToString().TrimEnd('/') + "/" + Uri.EscapeDataString(options.WhatsApp.PhoneNumberId!) + "/messages");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.WhatsApp.AccessToken ?? "");
        return await ProviderAnswers.PostAsync(clients.CreateClient(HttpClientName), request, cancellationToken);
    }

    private sealed record CloudMessage(
        [property: JsonPropertyName("messaging_product")] string MessagingProduct,
        [property: JsonPropertyName("recipient_type")] string RecipientType,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("template")] CloudTemplate Template,
        [property: JsonPropertyName("biz_opaque_callback_data")] string CallbackData);

    private sealed record CloudTemplate(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("language")] CloudLanguage Language,
        [property: JsonPropertyName("components")] IReadOnlyList<CloudComponent> Components);

    private sealed record CloudLanguage([property: JsonPropertyName("code")] string Code);

    private sealed record CloudComponent(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("parameters")] IReadOnlyList<CloudParameter> Parameters);

    private sealed record CloudParameter(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("text")] string Text);
}

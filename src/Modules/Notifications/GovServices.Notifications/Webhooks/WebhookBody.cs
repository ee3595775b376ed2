using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovServices.Notifications.Webhooks;

/// <summary>The JSON body of every webhook: <c>{"type", "timestamp", "data"}</c>, camelCase, times in ISO 8601 UTC.</summary>
internal static class WebhookBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(string type, DateTimeOffset timestamp, object data) =>
        JsonSerializer.Serialize(new Envelope(type, timestamp.ToUniversalTime(), data), Json);

    private sealed record Envelope(string Type, DateTimeOffset Timestamp, object Data);
}

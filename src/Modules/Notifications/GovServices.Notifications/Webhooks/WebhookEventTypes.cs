using System.Text.Json;

namespace GovServices.Notifications.Webhooks;

/// <summary>An endpoint's event types, stored as a JSON array of names.</summary>
internal static class WebhookEventTypes
{
    public static string ToJson(IEnumerable<string> names) => JsonSerializer.Serialize(names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    public static IReadOnlyList<string> FromJson(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}

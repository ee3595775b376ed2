using System.Text.Json;

namespace GovServices.Permits.Domain;

/// <summary>How the module stores its JSON columns (forms, catalogue definitions, revision items): camelCase, as the API shows them.</summary>
internal static class PermitsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The stored JSON is not a {typeof(T).Name}.");
}

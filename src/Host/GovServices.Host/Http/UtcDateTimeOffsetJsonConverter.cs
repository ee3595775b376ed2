using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovServices.Host.Http;

/// <summary>
/// Writes every <see cref="DateTimeOffset"/> as ISO 8601 in UTC (<c>2025-01-31T01:00:00Z</c>) whatever offset it
/// was created with, and reads any ISO 8601 value with an offset into UTC.
/// </summary>
internal sealed class UtcDateTimeOffsetJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime);
}

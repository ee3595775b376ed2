using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Domain;

/// <summary>
/// The answers a complaint gives to its category's questions, checked against them on filing in both APIs: every
/// required question answered, each answer of its datatype (a list answer one of the question's keys), no answer to a
/// question the category does not ask. Kept as a JSON object of code to value in <c>complaint.attributes</c>: numbers
/// as numbers, times in UTC, a multi-value answer as an array of keys.
/// </summary>
internal static class ComplaintAttributes
{
    public const string FieldPrefix = "attributes.";
    public const int MaxStringLength = 500;
    public const int MaxTextLength = 4000;

    public static IReadOnlyDictionary<string, JsonElement>? Parse(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json);

    /// <summary>Null when the answers are right, with <paramref name="stored"/> what to keep (null without answers); else a 422 naming each question.</summary>
    public static Error? Check(IReadOnlyList<CategoryAttribute> asked, IReadOnlyDictionary<string, JsonElement>? given, out string? stored)
    {
        stored = null;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var code in (given?.Keys ?? []).Where(code => asked.All(attribute => attribute.Code != code)))
        {
            errors[FieldPrefix + code] = [Bilingual.Pick(
                $"The category asks no question '{code}'.",
                $"Kategori ini tidak menanyakan '{code}'.")];
        }

        var answers = new JsonObject();
        foreach (var attribute in asked)
        {
            var value = given is not null && given.TryGetValue(attribute.Code, out var found) ? found : (JsonElement?)null;
            if (value is null || IsEmpty(value.Value))
            {
                if (attribute.Required)
                {
                    errors[FieldPrefix + attribute.Code] = [Bilingual.Pick(
                        $"Answer '{attribute.LabelEn}': the category requires it.",
                        $"Jawab '{attribute.LabelId}': kategori ini mewajibkannya.")];
                }

                continue;
            }

            if (Answer(attribute, value.Value, out var problem) is { } answer)
                answers[attribute.Code] = answer;
            else
                errors[FieldPrefix + attribute.Code] = [problem!];
        }

        if (errors.Count > 0)
        {
            return new Error(
                "complaint_attributes_invalid",
                Bilingual.Pick("Some answers to the category's questions are missing or wrong.", "Sebagian jawaban atas pertanyaan kategori kosong atau keliru."),
                ErrorKind.Unprocessable,
                errors);
        }

        stored = answers.Count == 0 ? null : answers.ToJsonString();
        return null;
    }

    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    private static JsonNode? Answer(CategoryAttribute attribute, JsonElement value, out string? problem)
    {
        problem = null;
        switch (attribute.Datatype)
        {
            case AttributeDatatype.Number:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
                    || value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
                {
                    return JsonValue.Create(number);
                }

                problem = Bilingual.Pick($"'{attribute.LabelEn}' takes a number, for example 3 or 2.5.", $"'{attribute.LabelId}' diisi angka, misalnya 3 atau 2.5.");
                return null;
            case AttributeDatatype.DateTime:
                if (value.ValueKind == JsonValueKind.String
                    && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
                {
                    return JsonValue.Create(time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }

                problem = Bilingual.Pick($"'{attribute.LabelEn}' takes a date-time such as 2026-11-01T08:00:00+08:00.", $"'{attribute.LabelId}' diisi tanggal-waktu seperti 2026-11-01T08:00:00+08:00.");
                return null;
            case AttributeDatatype.SingleValueList:
                if (value.ValueKind == JsonValueKind.String && IsKey(attribute, value.GetString()!))
                    return JsonValue.Create(value.GetString()!.Trim());

                problem = OneOf(attribute);
                return null;
            case AttributeDatatype.MultiValueList:
                var keys = value.ValueKind switch
                {
                    JsonValueKind.String => [value.GetString()!],
                    JsonValueKind.Array when value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
                        value.EnumerateArray().Select(item => item.GetString()!).ToList(),
                    _ => (List<string>?)null,
                };
                if (keys is not null && keys.All(key => IsKey(attribute, key)))
                    return new JsonArray([.. keys.Select(key => key.Trim()).Distinct(StringComparer.Ordinal).Select(key => (JsonNode)JsonValue.Create(key))]);

                problem = OneOf(attribute);
                return null;
            default:
                var limit = attribute.Datatype == AttributeDatatype.Text ? MaxTextLength : MaxStringLength;
                if (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length <= limit)
                    return JsonValue.Create(value.GetString()!.Trim());

                problem = Bilingual.Pick($"'{attribute.LabelEn}' takes text of at most {limit} characters.", $"'{attribute.LabelId}' diisi teks paling banyak {limit} karakter.");
                return null;
        }
    }

    private static bool IsKey(CategoryAttribute attribute, string key) =>
        (attribute.Values ?? []).Any(value => value.Key == key.Trim());

    private static string OneOf(CategoryAttribute attribute)
    {
        var keys = string.Join(", ", (attribute.Values ?? []).Select(value => value.Key));
        return attribute.Datatype == AttributeDatatype.MultiValueList
            ? Bilingual.Pick($"'{attribute.LabelEn}' takes one or more of: {keys}.", $"'{attribute.LabelId}' diisi satu atau lebih dari: {keys}.")
            : Bilingual.Pick($"'{attribute.LabelEn}' takes one of: {keys}.", $"'{attribute.LabelId}' diisi salah satu dari: {keys}.");
    }
}

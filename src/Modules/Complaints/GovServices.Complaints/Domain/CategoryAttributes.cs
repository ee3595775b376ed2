using System.Text.Json;

namespace GovServices.Complaints.Domain;

/// <summary>A category's questions as the JSON document kept in <c>category.attributes</c>, in their order.</summary>
internal static class CategoryAttributes
{
    public const int MaxAttributes = 20;
    public const int MaxValues = 50;
    public const string CodePattern = "^[a-z][a-z0-9_]{0,49}$";
    public const string ValueKeyPattern = "^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<CategoryAttribute> Parse(string json) =>
        JsonSerializer.Deserialize<List<CategoryAttribute>>(json, Json) ?? [];

    /// <summary>Trimmed, in order (then by code), values kept only on list questions.</summary>
    public static IReadOnlyList<CategoryAttribute> Normalise(IReadOnlyList<CategoryAttribute>? attributes) =>
    [
        .. (attributes ?? [])
            .Select(attribute => attribute with
            {
                LabelId = attribute.LabelId.Trim(),
                LabelEn = attribute.LabelEn.Trim(),
                Values = AttributeDatatype.IsList(attribute.Datatype)
                    ? [.. (attribute.Values ?? []).Select(value => value with { NameId = value.NameId.Trim(), NameEn = value.NameEn.Trim() })]
                    : null,
            })
            .OrderBy(attribute => attribute.Order)
            .ThenBy(attribute => attribute.Code, StringComparer.Ordinal),
    ];

    public static string Serialize(IReadOnlyList<CategoryAttribute> attributes) => JsonSerializer.Serialize(attributes, Json);
}

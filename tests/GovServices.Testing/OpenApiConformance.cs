using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GovServices.Testing;

/// <summary>
/// Checks an API answer against the committed contract (docs/openapi/v1.json, which the Host tests keep equal to the
/// served one): the operation is found from the request's method and path, the schema from the status and media
/// type, and every value must have a type the schema allows — a <c>null</c> where the schema says an object is the
/// lie a generated client trips over.
/// </summary>
public static class OpenApiConformance
{
    private static readonly Lazy<JsonNode> Document = new(() => JsonNode.Parse(Repository.Read("docs/openapi/v1.json"))!);

    /// <summary>What in <paramref name="body"/> the contract does not allow; empty when it conforms or nothing is declared.</summary>
    public static IReadOnlyList<string> Violations(HttpResponseMessage response, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(response);
        var request = response.RequestMessage ?? throw new ArgumentException("The response has no request.", nameof(response));
        var operation = FindOperation(request.Method.Method.ToLowerInvariant(), request.RequestUri!.AbsolutePath);
        if (operation is null)
            return [$"{request.Method} {request.RequestUri.AbsolutePath}: no such operation in the contract"];
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var declared = operation["responses"]?[status];
        if (declared is null)
            return [$"{request.Method} {request.RequestUri.AbsolutePath}: status {status} is not in the contract"];
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var schema = mediaType is null ? null : declared["content"]?[mediaType]?["schema"];
        var violations = new List<string>();
        if (schema is not null)
            Check("$", schema, body, violations, depth: 0);
        return violations;
    }

    private static JsonNode? FindOperation(string method, string path)
    {
        foreach (var (template, item) in Document.Value["paths"]!.AsObject())
        {
            var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$";
            if (item?[method] is { } operation && Regex.IsMatch(path, pattern))
                return operation;
        }

        return null;
    }

    private static void Check(string where, JsonNode schema, JsonNode? value, List<string> violations, int depth)
    {
        if (depth > 32)
            return;
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            Check(where, Resolve(reference), value, violations, depth + 1);
            if (schema.AsObject().Count == 1 || (schema.AsObject().Count == 2 && schema["description"] is not null))
                return;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
            Check(where, part!, value, violations, depth + 1);
        foreach (var composition in new[] { "oneOf", "anyOf" })
        {
            if (schema[composition] is not JsonArray parts)
                continue;
            var matches = parts.Count(part =>
            {
                var found = new List<string>();
                Check(where, part!, value, found, depth + 1);
                return found.Count == 0;
            });
            if (matches == 0)
                violations.Add($"{where}: {Describe(value)} matches none of the {composition} schemas");
        }

        var types = schema["type"] switch
        {
            JsonArray list => list.Select(type => type!.GetValue<string>()).ToHashSet(StringComparer.Ordinal),
            JsonValue single => new HashSet<string>(StringComparer.Ordinal) { single.GetValue<string>() },
            _ => null,
        };
        var actual = TypeOf(value);
        if (types is not null && !types.Contains(actual) && !(actual == "integer" && types.Contains("number")))
        {
            violations.Add($"{where}: {Describe(value)} where the contract says [{string.Join(", ", types)}]");
            return;
        }

        switch (value)
        {
            case JsonObject item:
                foreach (var name in schema["required"]?.AsArray() ?? [])
                {
                    if (!item.ContainsKey(name!.GetValue<string>()))
                        violations.Add($"{where}: the required property '{name}' is missing");
                }

                foreach (var (name, property) in item)
                {
                    if (schema["properties"]?[name] is { } propertySchema)
                        Check($"{where}.{name}", propertySchema, property, violations, depth + 1);
                    else if (schema["additionalProperties"] is JsonObject additional && additional.Count > 0)
                        Check($"{where}.{name}", additional, property, violations, depth + 1);
                }

                break;
            case JsonArray array when schema["items"] is { } items:
                for (var index = 0; index < array.Count; index++)
                    Check($"{where}[{index}]", items, array[index], violations, depth + 1);
                break;
        }
    }

    private static JsonNode Resolve(string reference) =>
        Document.Value["components"]!["schemas"]![reference[(reference.LastIndexOf('/') + 1)..]]!;

    private static string TypeOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue scalar => scalar.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
            System.Text.Json.JsonValueKind.Number => scalar.ToJsonString().Contains('.', StringComparison.Ordinal) || scalar.ToJsonString().Contains('e', StringComparison.OrdinalIgnoreCase) ? "number" : "integer",
            _ => "null",
        },
        _ => "unknown",
    };

    private static string Describe(JsonNode? value) => value is null ? "null" : $"{TypeOf(value)} {Truncate(value.ToJsonString())}";

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";
}

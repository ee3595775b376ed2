using System.Text.Json.Nodes;

namespace GovServices.Host.Tests.Contract;

/// <summary>
/// Finds the changes between a released OpenAPI document and a newer one that would break a client written against
/// the release: a removed path or operation, a removed response property, a response type that widened, a request
/// type that narrowed (fewer types or enum values), and a new required input (a parameter, a request body, a request
/// property). Additions are never breaking. Schemas are compared through <c>$ref</c>, <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>.
/// </summary>
internal sealed class OpenApiCompatibility
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private readonly JsonNode _released;
    private readonly JsonNode _current;
    private readonly List<string> _breaking = [];
    private readonly HashSet<(string, string, bool)> _compared = [];

    private readonly bool _releasedCouldNotSayNullableReferences;

    private OpenApiCompatibility(JsonNode released, JsonNode current)
    {
        _released = released;
        _current = current;
        _releasedCouldNotSayNullableReferences = !released.ToJsonString().Contains("\"oneOf\":[{\"type\":\"null\"}", StringComparison.Ordinal);
    }

    public static IReadOnlyList<string> BreakingChanges(JsonNode released, JsonNode current)
    {
        var comparison = new OpenApiCompatibility(released, current);
        comparison.ComparePaths();
        return comparison._breaking;
    }

    private void ComparePaths()
    {
        foreach (var (path, releasedItem) in _released["paths"]!.AsObject())
        {
            var currentItem = _current["paths"]?[path];
            if (currentItem is null)
            {
                _breaking.Add($"{path}: the path was removed");
                continue;
            }

            foreach (var method in Methods)
            {
                if (releasedItem![method] is not { } releasedOperation)
                    continue;
                var where = $"{method.ToUpperInvariant()} {path}";
                if (currentItem[method] is not { } currentOperation)
                    _breaking.Add($"{where}: the operation was removed");
                else
                    CompareOperation(where, releasedOperation, currentOperation);
            }
        }
    }

    private void CompareOperation(string where, JsonNode released, JsonNode current)
    {
        var releasedParameters = Parameters(released);
        foreach (var (key, parameter) in Parameters(current))
        {
            var wasRequired = releasedParameters.TryGetValue(key, out var before) && IsTrue(before["required"]);
            if (IsTrue(parameter["required"]) && !wasRequired)
                _breaking.Add($"{where}: the {key.In} parameter '{key.Name}' is newly required");
            if (before is not null)
                CompareSchema($"{where} {key.In} parameter '{key.Name}'", before["schema"], parameter["schema"], request: true);
        }

        var releasedBody = released["requestBody"];
        var currentBody = current["requestBody"];
        if (currentBody is not null && IsTrue(currentBody["required"]) && (releasedBody is null || !IsTrue(releasedBody["required"])))
            _breaking.Add($"{where}: a request body is newly required");
        foreach (var (mediaType, content) in Content(releasedBody))
        {
            if (currentBody?["content"]?[mediaType] is not { } currentContent)
            {
                if (currentBody is not null)
                    _breaking.Add($"{where}: the request media type {mediaType} is no longer accepted");
                continue;
            }

            CompareSchema($"{where} request", content!["schema"], currentContent["schema"], request: true);
        }

        foreach (var (status, response) in released["responses"]?.AsObject() ?? [])
        {
            if (!status.StartsWith('2'))
                continue;
            if (current["responses"]?[status] is not { } currentResponse)
            {
                _breaking.Add($"{where}: the {status} response was removed");
                continue;
            }

            foreach (var (mediaType, content) in Content(response))
            {
                if (currentResponse["content"]?[mediaType] is { } currentContent)
                    CompareSchema($"{where} {status} response", content!["schema"], currentContent["schema"], request: false);
                else
                    _breaking.Add($"{where}: the {status} response no longer comes as {mediaType}");
            }
        }
    }

    private void CompareSchema(string where, JsonNode? releasedNode, JsonNode? currentNode, bool request)
    {
        if (releasedNode is null || currentNode is null)
            return;
        if (!_compared.Add((releasedNode.ToJsonString(), currentNode.ToJsonString(), request)))
            return;

        var released = Flatten(_released, releasedNode);
        var current = Flatten(_current, currentNode);

        if (released.Types.Count > 0 && current.Types.Count > 0)
        {
            var (from, to) = request ? (released.Types, current.Types) : (current.Types, released.Types);
            var lost = from.Where(type => !Accepts(to, type)).ToList();
            if (!request && lost is ["null"] && IsBareReference(releasedNode) && _releasedCouldNotSayNullableReferences)
                lost = []; // a correction: the release's generator wrote a nullable reference as a bare $ref (ADR 0059)
            if (lost.Count > 0)
            {
                _breaking.Add(request
                    ? $"{where}: the type narrowed from [{string.Join(", ", released.Types)}] to [{string.Join(", ", current.Types)}]"
                    : $"{where}: the type widened from [{string.Join(", ", released.Types)}] to [{string.Join(", ", current.Types)}]");
            }
        }

        if (request && released.Enum.Count > 0)
        {
            var removed = current.Enum.Count == 0 ? [] : released.Enum.Except(current.Enum).ToList();
            if (removed.Count > 0)
                _breaking.Add($"{where}: no longer accepts {string.Join(", ", removed)}");
        }

        if (request)
        {
            foreach (var name in current.Required.Except(released.Required))
                _breaking.Add($"{where}: the property '{name}' is newly required");
        }

        foreach (var (name, property) in released.Properties)
        {
            if (current.Properties.TryGetValue(name, out var currentProperty))
                CompareSchema($"{where}.{name}", property, currentProperty, request);
            else if (!request)
                _breaking.Add($"{where}: the property '{name}' was removed");
        }

        if (released.Items is not null)
            CompareSchema($"{where}[]", released.Items, current.Items, request);
    }

    private static bool IsBareReference(JsonNode schema) =>
        schema is JsonObject properties && properties.ContainsKey("$ref") && !properties.ContainsKey("type");

    private static bool Accepts(IReadOnlySet<string> types, string type) =>
        types.Contains(type) || (type == "integer" && types.Contains("number"));

    /// <summary>A schema with its references resolved and its compositions merged.</summary>
    private static FlatSchema Flatten(JsonNode document, JsonNode schema)
    {
        var flat = new FlatSchema();
        Merge(document, schema, flat, depth: 0);
        if (flat.Types.Count == 0 && flat.Properties.Count > 0)
            flat.Types.Add("object");
        return flat;
    }

    private static void Merge(JsonNode document, JsonNode schema, FlatSchema flat, int depth)
    {
        if (depth > 16)
            return;
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference[(reference.LastIndexOf('/') + 1)..];
            if (document["components"]?["schemas"]?[name] is { } target)
                Merge(document, target, flat, depth + 1);
        }

        switch (schema["type"])
        {
            case JsonArray types:
                foreach (var type in types)
                    flat.Types.Add(type!.GetValue<string>());
                break;
            case JsonValue type:
                flat.Types.Add(type.GetValue<string>());
                break;
        }

        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
            flat.Properties.TryAdd(name, property!);
        foreach (var name in schema["required"]?.AsArray() ?? [])
            flat.Required.Add(name!.GetValue<string>());
        foreach (var value in schema["enum"]?.AsArray() ?? [])
            flat.Enum.Add(value?.ToJsonString() ?? "null");
        flat.Items ??= schema["items"];
        foreach (var composition in new[] { "allOf", "oneOf", "anyOf" })
        {
            foreach (var part in schema[composition]?.AsArray() ?? [])
                Merge(document, part!, flat, depth + 1);
        }
    }

    private static Dictionary<(string In, string Name), JsonNode> Parameters(JsonNode operation) =>
        (operation["parameters"]?.AsArray() ?? [])
            .OfType<JsonNode>()
            .ToDictionary(parameter => (parameter["in"]!.GetValue<string>(), parameter["name"]!.GetValue<string>()));

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Content(JsonNode? bodyOrResponse) =>
        bodyOrResponse?["content"]?.AsObject() ?? [];

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValue<bool>();

    private sealed class FlatSchema
    {
        public HashSet<string> Types { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, JsonNode> Properties { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Enum { get; } = new(StringComparer.Ordinal);

        public JsonNode? Items { get; set; }
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GovServices.Host.OpenApi;

/// <summary>
/// A property whose type is another schema (a <c>$ref</c>) and that may be null (<c>FeeView? Fee</c>) is declared as
/// <c>oneOf: [null, $ref]</c>: the generator writes a bare <c>$ref</c>, which tells a client the value is always there.
/// Primitive, array and map properties already carry <c>null</c> in their type.
/// </summary>
internal sealed class NullableReferencesSchemaFilter : ISchemaFilter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } || context.Type is not { IsClass: true } type)
            return;

        foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(member.Name);
            if (!properties.TryGetValue(name, out var property) || property is not OpenApiSchemaReference reference)
                continue;
            if (Nullability.Create(member).ReadState != NullabilityState.Nullable)
                continue;

            properties[name] = new OpenApiSchema
            {
                Description = reference.Description,
                OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, new OpenApiSchemaReference(reference.Reference.Id!, reference.Reference.HostDocument)],
            };
        }
    }
}

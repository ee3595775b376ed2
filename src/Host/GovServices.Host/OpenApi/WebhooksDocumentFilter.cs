using System.Text.Json.Nodes;
using GovServices.Notifications.Events;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GovServices.Host.OpenApi;

/// <summary>
/// The document's OpenAPI 3.1 <c>webhooks</c>: one entry per catalogued event type, a POST whose body is
/// <c>{type, timestamp, data}</c> with <c>data</c> the schema of the type's payload record (the same record the
/// Notifications module serializes), and the Standard Webhooks headers. docs/webhooks.md is the prose beside it.
/// </summary>
internal sealed class WebhooksDocumentFilter : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Headers =
    [
        ("webhook-id", "The delivery's id (msg_…): the same on every retry — deduplicate by it."),
        ("webhook-timestamp", "When this attempt was signed, in Unix seconds; refuse a timestamp more than 5 minutes away from your clock."),
        ("webhook-signature", "v1,<base64 HMAC-SHA256 of \"{webhook-id}.{webhook-timestamp}.{body}\"> keyed with the secret's base64-decoded part after whsec_; during a secret rotation two, separated by a space."),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        ArgumentNullException.ThrowIfNull(context);
        swaggerDoc.Webhooks ??= new Dictionary<string, IOpenApiPathItem>(StringComparer.Ordinal);
        foreach (var type in WebhookEventCatalogue.All)
        {
            var data = context.SchemaGenerator.GenerateSchema(type.PayloadType, context.SchemaRepository);
            var body = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>(StringComparer.Ordinal) { "type", "timestamp", "data" },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(type.Name)] },
                    ["timestamp"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "When the event happened (UTC)." },
                    ["data"] = data,
                },
            };
            var operation = new OpenApiOperation
            {
                OperationId = "Webhook_" + string.Concat(type.Name.Split('.', '_').Select(part => char.ToUpperInvariant(part[0]) + part[1..])),
                Summary = type.Summary,
                Description = $"Sent to your endpoint's URL as a POST when it subscribes to {type.Name}. Answer 2xx within 10 seconds; anything else is retried, and 410 Gone disables the endpoint.",
                Tags = new HashSet<OpenApiTagReference> { new("Notifications", swaggerDoc) },
                // We call the receiver: no token of ours, the signature headers below authenticate the call.
                Security = [],
                Parameters = [.. Headers.Select(header => (IOpenApiParameter)new OpenApiParameter
                {
                    Name = header.Name,
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = header.Description,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                })],
                RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new OpenApiMediaType { Schema = body } },
                },
                Responses = new OpenApiResponses
                {
                    ["2XX"] = new OpenApiResponse { Description = "Received: the delivery is done." },
                    ["410"] = new OpenApiResponse { Description = "Gone: the endpoint is disabled and nothing more is sent to it." },
                },
            };
            swaggerDoc.Webhooks[type.Name] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Post] = operation },
            };
        }
    }
}

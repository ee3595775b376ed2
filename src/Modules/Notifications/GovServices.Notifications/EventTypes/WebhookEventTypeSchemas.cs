using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using GovServices.Notifications.Events;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GovServices.Notifications.EventTypes;

/// <summary>
/// The catalogue as the event-types endpoint answers it: each payload record's JSON Schema, exported with the API's
/// own serializer settings, so the schema names the properties as the body does. Built once.
/// </summary>
internal sealed class WebhookEventTypeSchemas(IOptions<JsonOptions> json)
{
    private readonly Lazy<WebhookEventTypeList> _list = new(() => Build(json.Value.SerializerOptions));

    public WebhookEventTypeList List => _list.Value;

    private static WebhookEventTypeList Build(JsonSerializerOptions apiOptions)
    {
        var options = new JsonSerializerOptions(apiOptions)
        {
            RespectNullableAnnotations = true,
            TypeInfoResolver = apiOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true };
        return new WebhookEventTypeList([.. WebhookEventCatalogue.All.Select(type => new WebhookEventTypeDescription(
            type.Name,
            new WebhookEventTypeSummary(type.Summary, WebhookEventTypeSummaries.IndonesianOf(type.Name) ?? type.Summary),
            WebhookEventCatalogue.IsSubscribable(type.Name),
            JsonSerializer.SerializeToElement(options.GetJsonSchemaAsNode(type.PayloadType, exporter))))]);
    }
}

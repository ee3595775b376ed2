using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Categories;
using GovServices.Complaints.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Open311.ListServices;

/// <summary><c>GET services</c> and <c>GET services/{service_code}</c>: the complaint categories as Open311 services.</summary>
internal static class ListServicesEndpoint
{
    public static IEndpointRouteBuilder MapOpen311Services(this IEndpointRouteBuilder group)
    {
        group.MapGet(Open311ApiPaths.Services, async (string format, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!Open311Formats.TryParse(format, out var answerFormat))
                    return (IResult)Open311Formats.Unsupported(format);

                var categories = await mediator.Send(new ListCategoriesQuery(), cancellationToken);
                return Open311Result.List(answerFormat, "services", "service", [.. categories.Select(Service)]);
            })
            .AllowPublicAccess("GeoReport v2 lists its services to anyone; they are the public complaint categories. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .WithName("Open311ListServices");

        group.MapGet(Open311ApiPaths.Service, async ([FromRoute(Name = "service_code")] string serviceCode, string format, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (!Open311Formats.TryParse(format, out var answerFormat))
                    return (IResult)Open311Formats.Unsupported(format);

                var categories = await mediator.Send(new ListCategoriesQuery(), cancellationToken);
                if (categories.SingleOrDefault(category => category.Code == serviceCode) is not { } found)
                {
                    return Open311Result.Errors(answerFormat, StatusCodes.Status404NotFound, Bilingual.Pick(
                        $"There is no service '{serviceCode}'.", $"Layanan '{serviceCode}' tidak ada."));
                }

                return Open311Result.Single(answerFormat, "service_definition", [
                    new("service_code", found.Code),
                    new("attributes", new Open311List("attribute", [.. found.Attributes.Select(Attribute)])),
                ]);
            })
            .AllowPublicAccess("GeoReport v2 describes its services to anyone; they are the public complaint categories. Rate-limited.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .WithName("Open311GetServiceDefinition");
        return group;
    }

    private static IReadOnlyList<Open311Field> Service(CategoryView category) =>
    [
        new("service_code", category.Code),
        new("service_name", Bilingual.Pick(category.NameEn, category.NameId)),
        new("description", category.Description),
        new("metadata", category.Attributes.Count > 0),
        new("type", "realtime"),
        new("keywords", string.Join(',', Keywords(category))),
        new("group", category.Opd),
    ];

    // The spec's attribute: variable (every question here is answered by the reporter), code, datatype, required,
    // datatype_description, order, description (the question, in the request's language), and values for lists.
    private static IReadOnlyList<Open311Field> Attribute(CategoryAttribute attribute)
    {
        List<Open311Field> fields =
        [
            new("variable", true),
            new("code", attribute.Code),
            new("datatype", attribute.Datatype),
            new("required", attribute.Required),
            new("datatype_description", DatatypeDescription(attribute.Datatype)),
            new("order", attribute.Order),
            new("description", Bilingual.Pick(attribute.LabelEn, attribute.LabelId)),
        ];
        if (AttributeDatatype.IsList(attribute.Datatype))
        {
            fields.Add(new("values", new Open311List("value", [
                .. (attribute.Values ?? []).Select(value => (IReadOnlyList<Open311Field>)[new("key", value.Key), new("name", Bilingual.Pick(value.NameEn, value.NameId))]),
            ])));
        }

        return fields;
    }

    private static string? DatatypeDescription(string datatype) => datatype switch
    {
        AttributeDatatype.Number => Bilingual.Pick("A number, for example 3 or 2.5.", "Angka, misalnya 3 atau 2.5."),
        AttributeDatatype.DateTime => Bilingual.Pick("A W3C date-time, for example 2026-11-01T08:00:00+08:00.", "Tanggal-waktu W3C, misalnya 2026-11-01T08:00:00+08:00."),
        AttributeDatatype.MultiValueList => Bilingual.Pick("One or more keys, each as attribute[code][].", "Satu atau lebih kunci, masing-masing sebagai attribute[code][]."),
        _ => null,
    };

    private static IEnumerable<string> Keywords(CategoryView category) =>
        new[] { category.NameId, category.NameEn }.Select(name => name.ToLowerInvariant()).Distinct();
}

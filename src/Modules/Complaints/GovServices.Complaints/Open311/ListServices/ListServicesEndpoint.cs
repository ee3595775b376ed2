using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Categories;
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

                // No service asks for extra attributes (metadata is false), so its definition lists none.
                return Open311Result.Single(answerFormat, "service_definition", [
                    new("service_code", found.Code),
                    new("attributes", new Open311List("attribute", [])),
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
        new("metadata", false),
        new("type", "realtime"),
        new("keywords", string.Join(',', Keywords(category))),
        new("group", category.Opd),
    ];

    private static IEnumerable<string> Keywords(CategoryView category) =>
        new[] { category.NameId, category.NameEn }.Select(name => name.ToLowerInvariant()).Distinct();
}

using GovServices.Complaints.Open311.Discovery;
using GovServices.Complaints.Open311.FindServiceRequests;
using GovServices.Complaints.Open311.ListRequestUpdates;
using GovServices.Complaints.Open311.ListServices;
using GovServices.Complaints.Open311.PostServiceRequest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Open311;

/// <summary>
/// Open311 GeoReport v2 under <c>/open311/v2</c>: a second surface over the complaints use cases, for the many civic
/// apps that speak the standard. Described in docs/open311.md rather than in our OpenAPI document, whose
/// conventions (problem details, camelCase, OAuth) it does not follow.
/// </summary>
internal static class Open311Endpoints
{
    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Open311ApiPaths.Group)
            .WithTags("Open311")
            .WithMetadata(new Open311EndpointMetadata())
            .ExcludeFromDescription();
        group.MapOpen311Discovery();
        group.MapOpen311Services();
        group.MapOpen311PostServiceRequest();
        group.MapOpen311FindServiceRequests();
        group.MapOpen311RequestUpdates();
        return endpoints;
    }
}

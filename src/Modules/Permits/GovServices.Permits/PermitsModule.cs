using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Issuing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits;

/// <summary>Permits: the licence catalogue, applications and the permits anyone can verify. Owns the <c>permits</c> schema.</summary>
public static class PermitsModule
{
    internal const string Schema = "permits";

    public static IServiceCollection AddPermits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSchema(new ModuleSchema(Schema, typeof(PermitsModule).Assembly));
        services.AddPermitIssuing(configuration);
        return services;
    }

    /// <summary>The permits endpoints under <c>/api/v1/permits</c>.</summary>
    public static IEndpointRouteBuilder MapPermits(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(IssuingApiPaths.Group).WithTags("Permits");
        group.MapPermitIssuing();
        return endpoints;
    }
}

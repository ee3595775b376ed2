using GovServices.BuildingBlocks.Data;
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
        return services;
    }
}

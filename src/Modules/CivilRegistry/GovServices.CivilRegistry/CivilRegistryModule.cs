using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.CivilRegistry;

/// <summary>Civil registry: purpose-bound resident (NIK) verification, every access audited. Owns the <c>civil_registry</c> schema.</summary>
public static class CivilRegistryModule
{
    internal const string Schema = "civil_registry";

    public static IServiceCollection AddCivilRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSchema(new ModuleSchema(Schema, typeof(CivilRegistryModule).Assembly));
        return services;
    }
}

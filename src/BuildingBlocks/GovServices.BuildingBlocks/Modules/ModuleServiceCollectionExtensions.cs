using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// Registers what a module declares: the descriptor itself (read by Identity, the OpenAPI document and the rate
    /// limiter), its schema (attached, created and migrated) and its audited tables.
    /// </summary>
    public static IServiceCollection AddModule(this IServiceCollection services, ModuleDescriptor module)
    {
        ArgumentNullException.ThrowIfNull(module);
        services.AddSingleton(module);
        services.AddModuleSchema(module.Schema);
        foreach (var table in module.AuditedTables)
            services.AddAuditedTable(table);
        return services;
    }
}

using GovServices.BuildingBlocks.Data;

namespace GovServices.Host.Instances;

internal static class InstanceServiceCollectionExtensions
{
    /// <summary>
    /// The host's own schema, <c>operations</c> (docs/adr/0069), migrated with the modules' schemas, and the heartbeat
    /// that keeps this instance on the list.
    /// </summary>
    public static IServiceCollection AddInstanceRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSchema(new ModuleSchema(InstanceSql.Schema, typeof(InstanceRegistry).Assembly));
        services.AddSingleton(InstanceOptions.From(configuration));
        services.AddSingleton<InstanceRegistry>();
        services.AddHostedService<InstanceHeartbeat>();
        return services;
    }
}

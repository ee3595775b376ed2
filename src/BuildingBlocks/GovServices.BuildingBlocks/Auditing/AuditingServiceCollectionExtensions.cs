using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Auditing;

public static class AuditingServiceCollectionExtensions
{
    /// <summary>
    /// Declares a table of the module's own as part of its audit trail, besides the <c>audit_log</c> every schema has:
    /// it is sealed into the module's hash chain and auditors can search and export it.
    /// </summary>
    public static IServiceCollection AddAuditedTable(this IServiceCollection services, AuditedTable table)
    {
        services.AddSingleton(table);
        return services;
    }
}

using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints;

/// <summary>Complaints: citizens' reports, routed to the responsible OPD and answered within working-day SLAs. Owns the <c>complaints</c> schema.</summary>
public static class ComplaintsModule
{
    internal const string Schema = "complaints";

    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSchema(new ModuleSchema(Schema, typeof(ComplaintsModule).Assembly));
        return services;
    }
}

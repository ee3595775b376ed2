using FluentValidation;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.BuildingBlocks.Observability;
using GovServices.CivilRegistry.AccessTrail;
using GovServices.CivilRegistry.Contracts;
using GovServices.CivilRegistry.ImportResidents;
using GovServices.CivilRegistry.LookupResident;
using GovServices.CivilRegistry.SearchAccessLog;
using GovServices.CivilRegistry.Synthetic;
using GovServices.CivilRegistry.TrackResidentImport;
using GovServices.CivilRegistry.VerifyResident;
using GovServices.CivilRegistry.ViewMyAccessLog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.CivilRegistry;

/// <summary>Civil registry: purpose-bound resident (NIK) verification, every access audited. Owns the <c>civil_registry</c> schema.</summary>
public static class CivilRegistryModule
{
    internal const string Schema = "civil_registry";

    /// <summary>What the module declares to the host: schema, API path, scopes and who receives them, rate-limit policies, audited tables.</summary>
    public static ModuleDescriptor Descriptor { get; } = new("CivilRegistry", new ModuleSchema(Schema, typeof(CivilRegistryModule).Assembly), CivilRegistryApiPaths.Group)
    {
        Scopes = CivilRegistryScopes.All,
        ScopesByRole = CivilRegistryScopes.ByRole,
        ScopesByDemoClient = CivilRegistryScopes.ByDemoClient,
        RateLimitPolicies = [CivilRegistryRateLimits.RegistryLookupPolicy],
        AuditedTables = [AccessLogAuditedTable.Declaration],
    };

    public static IServiceCollection AddCivilRegistryModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(Descriptor);
        services.AddSingleton(CivilRegistryOptions.From(configuration));

        services.AddSingleton<AccessTrailWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<AccessTrailWriter>());
        services.AddScoped<ResidentAccessTrail>();
        services.AddScoped<IResidentVerifier, ResidentVerifier>();
        services.AddScoped<IValidator<VerifyResident.VerifyResidentQuery>, VerifyResidentValidator>();
        services.AddScoped<IValidator<LookupResident.LookupResidentQuery>, LookupResidentValidator>();
        services.AddScoped<IValidator<ViewMyAccessLog.ViewMyAccessLogQuery>, ViewMyAccessLogValidator>();
        services.AddScoped<IValidator<SearchAccessLog.SearchAccessLogQuery>, SearchAccessLogValidator>();
        services.AddScoped<IValidator<TrackResidentImport.TrackResidentImportQuery>, TrackResidentImportValidator>();

        services.AddSingleton<ResidentBatchWriter>();
        services.AddSingleton<ResidentImportQueue>();
        services.AddSingleton<ResidentImportProcessor>();
        services.AddHostedService<ResidentImportWorker>();
        services.AddObservedInstruments<ResidentImportMetrics>();
        if (configuration.GetValue<bool>("CivilRegistry:SeedDemoData"))
            services.AddHostedService<DemoResidentsSeeder>();
        return services;
    }

    /// <summary>The civil registry's endpoints under <c>/api/v1/civil-registry</c>.</summary>
    public static IEndpointRouteBuilder MapCivilRegistryModule(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<CivilRegistryOptions>();
        var group = endpoints.MapGroup(CivilRegistryApiPaths.Group).WithTags("Civil registry");
        group.MapVerifyResident();
        group.MapLookupResident();
        group.MapSearchAccessLog();
        group.MapViewMyAccessLog();
        group.MapStartResidentImport(options);
        group.MapTrackResidentImport();
        return endpoints;
    }
}

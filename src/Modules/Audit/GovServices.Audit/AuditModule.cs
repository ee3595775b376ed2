using FluentValidation;
using GovServices.Audit.ExportTrail;
using GovServices.Audit.Monitoring;
using GovServices.Audit.Sealing;
using GovServices.Audit.SearchEvents;
using GovServices.Audit.VerifyChain;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.BuildingBlocks.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Audit;

/// <summary>
/// The auditors' view of every module's audit trail (ADR 0018): seals each module's records into a hash chain in
/// the background, and serves search, verification and verifiable exports. It reads only the building-block tables
/// of each module schema and the tables modules declared as audited. Its own schema, <c>audit</c>, holds nothing
/// but the building-block tables: the record of what auditors searched and exported, sealed like any other.
/// </summary>
public static class AuditModule
{
    internal const string Schema = "audit";

    /// <summary>What the module declares to the host: schema, API path.</summary>
    public static ModuleDescriptor Descriptor { get; } = new("Audit", new ModuleSchema(Schema, typeof(AuditModule).Assembly), AuditApiPaths.Group);

    public static IServiceCollection AddAuditModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(Descriptor);
        services.AddSingleton(AuditOptions.From(configuration));
        services.AddSingleton<AuditTrailCatalog>();
        services.AddSingleton<AuditChainSealer>();
        services.AddSingleton<AuditChainReader>();
        services.AddSingleton<AuditExportWriter>();
        services.AddHostedService<AuditSealingWorker>();
        services.AddObservedInstruments<AuditChainMetrics>();
        services.AddScoped<IValidator<ExportAuditTrailCommand>, ExportAuditTrailValidator>();
        services.AddScoped<IValidator<SearchAuditEventsCommand>, SearchAuditEventsValidator>();
        return services;
    }

    /// <summary>The auditors' endpoints under <c>/api/v1/audit</c>.</summary>
    public static IEndpointRouteBuilder MapAuditModule(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(AuditApiPaths.Group).WithTags("Audit");
        group.MapSearchAuditEvents();
        group.MapVerifyAuditChain();
        group.MapExportAuditTrail();
        return endpoints;
    }
}

using FluentValidation;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovServices.BuildingBlocks;

public static class BuildingBlocksServiceCollectionExtensions
{
    /// <summary>
    /// What every module stands on: the database, unit of work, audit trail, outbox and inbox, idempotency
    /// keys, the clock and the working-day calendar. The host calls it once, before the modules.
    /// </summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddGovServicesDatabase(configuration);
        services.AddGovServicesMessaging(configuration);
        services.AddIdempotencyKeys(configuration);
        services.TryAddScoped<IAuditTrail, AuditTrail>();
        services.TryAddSingleton<ApiScopeCatalogue>();
        services.TryAddSingleton(_ => WorkingDayCalendar.FromConfiguration(configuration));
        services.TryAddScoped<ProvisionalDueDates>();
        services.TryAddSingleton(ProvisionalDueDateOptions.From(configuration));
        services.AddHostedService<ProvisionalDueDateWorker>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<WorkingDayCalendarHealthCheck>("working-day-calendar", tags: ["ready"]);

        // Validation messages follow the request's culture; FluentValidation ships Bahasa Indonesia.
        ValidatorOptions.Global.LanguageManager.Enabled = true;
        return services;
    }
}

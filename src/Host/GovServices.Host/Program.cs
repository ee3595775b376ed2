using GovServices.Audit;
using GovServices.BuildingBlocks;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Data.Migrations;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.Calendar;
using GovServices.CivilRegistry;
using GovServices.Complaints;
using GovServices.Host.Backup;
using GovServices.Host.CommandCentre;
using GovServices.Host.Health;
using GovServices.Host.Http;
using GovServices.Host.Instances;
using GovServices.Host.Observability;
using GovServices.Host.OpenApi;
using GovServices.Host;
using GovServices.Identity;
using GovServices.Notifications;
using GovServices.Payments;
using GovServices.Permits;

var builder = WebApplication.CreateBuilder(BackupCommand.ConfigurationArguments(args));

builder.AddObservability();
builder.Services.AddJsonConventions();
builder.Services.AddHttpProblems(builder.Configuration);
builder.Services.AddReverseProxies(builder.Configuration);
builder.Services.AddGracefulShutdown(builder.Configuration);
builder.Services.AddGovServicesRateLimits(builder.Configuration);
builder.Services.AddStrictTransportSecurity();
builder.Services.AddOpenApiDocumentation();
builder.Services.AddBuildingBlocks(builder.Configuration);
builder.Services.AddMediator(options =>
{
    // Scoped: handlers share the request's unit of work.
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.PipelineBehaviors =
    [
        typeof(LoggingBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(UnitOfWorkBehavior<,>),
    ];
});

// Modules, each explicitly: no assembly scanning.
builder.Services.AddIdentityModule(builder.Configuration, builder.Environment);
builder.Services.AddComplaintsModule(builder.Configuration);
builder.Services.AddPermitsModule(builder.Configuration);
builder.Services.AddCivilRegistryModule(builder.Configuration);
builder.Services.AddPaymentsModule(builder.Configuration);
builder.Services.AddAuditModule(builder.Configuration);
builder.Services.AddCalendarModule(builder.Configuration);
builder.Services.AddNotificationsModule(builder.Configuration);
builder.Services.AddInstanceRegistry(builder.Configuration);
builder.Services.AddCommandCentre(builder.Configuration);

var app = builder.Build();

if (BackupCommand.Handles(args))
    return await BackupCommand.RunAsync(app.Services, args);

var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
if (args is ["migrate", ..])
{
    await migrator.MigrateAsync();
    return 0;
}

if (app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStartup)
    await migrator.MigrateAsync();

// First: everything after it sees the client's address and scheme, not the proxy's.
app.UseReverseProxies();
app.UseHttpProblems();
app.UseStrictTransportSecurity();
app.UseResponseSecurityHeaders();
app.UseCommandCentreSecurityHeaders();
app.UseStaticFiles();
app.UseCors();
app.UseCredentialRateLimits();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();
app.UseIdempotencyKeys();
app.MapHealthEndpoints();
app.MapOpenApiDocumentation();
app.MapIdentityModule();
app.MapCivilRegistryModule();
app.MapPaymentsModule();
app.MapComplaintsModule();
app.MapAuditModule();
app.MapPermitsModule();
app.MapCalendarModule();
app.MapNotificationsModule();
app.MapCommandCentre();

DemoInstructions.PrintWhenStarted(app);
app.Run();
return 0;

/// <summary>The host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;

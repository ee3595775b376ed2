using FluentValidation;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.Complaints.Categories;
using GovServices.Complaints.Comments;
using GovServices.Complaints.FileComplaint;
using GovServices.Complaints.Deadlines;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using GovServices.Complaints.Lifecycle;
using GovServices.Complaints.ListComplaints;
using GovServices.Complaints.Open311;
using GovServices.Complaints.RateComplaint;
using GovServices.Complaints.Stats;
using GovServices.Complaints.TrackComplaint;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints;

/// <summary>Complaints: citizens' reports, routed to the responsible OPD and answered within working-day SLAs. Owns the <c>complaints</c> schema.</summary>
public static class ComplaintsModule
{
    internal const string Schema = "complaints";

    /// <summary>What the module declares to the host: schema, API path, scopes and who receives them.</summary>
    public static ModuleDescriptor Descriptor { get; } = new("Complaints", new ModuleSchema(Schema, typeof(ComplaintsModule).Assembly), ComplaintsApiPaths.Group)
    {
        Scopes = ComplaintsScopes.All,
        ScopesByRole = ComplaintsScopes.ByRole,
        ScopesByDemoClient = ComplaintsScopes.ByDemoClient,
    };

    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(Descriptor);
        services.AddSingleton(ComplaintsOptions.From(configuration));
        services.AddScoped<ComplaintDeadlines>();
        services.AddScoped<IProvisionalDueDateOwner, ComplaintDueDateRecomputation>();
        services.AddScoped<ComplaintSteps>();
        services.AddScoped<ReporterDisclosure>();
        services.AddHostedService<ComplaintDeadlineWorker>();
        services.AddScoped<IValidator<FileComplaint.FileComplaint>, FileComplaintValidator>();
        services.AddScoped<IValidator<CreateCategory>, CreateCategoryValidator>();
        services.AddScoped<IValidator<AddComment>, AddCommentValidator>();
        services.AddScoped<IValidator<RateComplaint.RateComplaint>, RateComplaintValidator>();
        services.AddScoped<IValidator<UpdateCategory>, UpdateCategoryValidator>();
        services.AddScoped<IValidator<VerifyComplaint>, ComplaintStepValidator<VerifyComplaint>>();
        services.AddScoped<IValidator<RejectComplaint>, RejectComplaintValidator>();
        services.AddScoped<IValidator<DispositionComplaint>, DispositionComplaintValidator>();
        services.AddScoped<IValidator<StartComplaint>, ComplaintStepValidator<StartComplaint>>();
        services.AddScoped<IValidator<ResolveComplaint>, ResolveComplaintValidator>();
        services.AddScoped<IValidator<CloseComplaint>, ComplaintStepValidator<CloseComplaint>>();
        services.AddScoped<IValidator<ReopenComplaint>, ReopenComplaintValidator>();
        services.AddScoped<IValidator<WithdrawComplaint>, ComplaintStepValidator<WithdrawComplaint>>();
        services.AddScoped<IValidator<GetComplaintStats>, GetComplaintStatsValidator>();
        return services;
    }

    /// <summary>The complaints endpoints under <c>/api/v1/complaints</c>, and Open311 GeoReport v2 under <c>/open311/v2</c>.</summary>
    public static IEndpointRouteBuilder MapComplaints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(ComplaintsApiPaths.Group).WithTags("Complaints");
        group.MapListCategories();
        group.MapCategoryAdministration();
        group.MapFileComplaint();
        group.MapListComplaints();
        group.MapGetComplaint();
        group.MapTrackComplaint();
        group.MapComplaintSteps();
        group.MapAddComment();
        group.MapRateComplaint();
        group.MapGetComplaintStats();
        endpoints.MapOpen311();
        return endpoints;
    }
}

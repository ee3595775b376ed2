using FluentValidation;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.BuildingBlocks.Storage;
using GovServices.Complaints.AttachPhoto;
using GovServices.Complaints.HidePhoto;
using GovServices.Complaints.ServePhoto;
using GovServices.Complaints.Categories;
using GovServices.Complaints.Comments;
using GovServices.Complaints.Contracts;
using GovServices.Complaints.FileComplaint;
using GovServices.Complaints.FollowComplaint;
using GovServices.Complaints.Deadlines;
using GovServices.Complaints.Digests;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using GovServices.Complaints.Lifecycle;
using GovServices.Complaints.ListComplaints;
using GovServices.Complaints.FindNearby;
using GovServices.Complaints.Open311;
using GovServices.Complaints.PublicStats;
using GovServices.Complaints.RateComplaint;
using GovServices.Complaints.Reporters;
using GovServices.Complaints.Stats;
using GovServices.Complaints.Survey;
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

    /// <summary>The content store of photos (originals, our copies, thumbnails), and its folder's name.</summary>
    internal const string MediaStore = "complaint-media";

    /// <summary>What the module declares to the host: schema, API path, scopes and who receives them.</summary>
    public static ModuleDescriptor Descriptor { get; } = new("Complaints", new ModuleSchema(Schema, typeof(ComplaintsModule).Assembly), ComplaintsApiPaths.Group)
    {
        Scopes = ComplaintsScopes.All,
        ScopesByRole = ComplaintsScopes.ByRole,
        ScopesByDemoClient = ComplaintsScopes.ByDemoClient,
        RateLimitPolicies = [ComplaintsRateLimits.NearbyPolicy],
    };

    public static IServiceCollection AddComplaintsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(Descriptor);
        var options = ComplaintsOptions.From(configuration);
        services.AddSingleton(options);
        services.AddContentStore(MediaStore, options.MediaDirectory);
        services.AddScoped<ComplaintDeadlines>();
        services.AddScoped<IProvisionalDueDateOwner, ComplaintDueDateRecomputation>();
        services.AddScoped<ComplaintSteps>();
        services.AddScoped<ReporterDisclosure>();
        services.AddScoped<IComplaintReporters, ComplaintReporters>();
        services.AddHostedService<ComplaintDeadlineWorker>();
        services.AddSingleton<SurveyToken>();
        services.AddScoped<SurveyLinkReporter>();
        services.AddScoped<IComplaintSurveys, ComplaintSurveys>();
        services.AddScoped<IValidator<AnswerSurveyCommand>, AnswerSurveyValidator>();
        services.AddScoped<IValidator<FileComplaint.FileComplaintCommand>, FileComplaintValidator>();
        services.AddScoped<IValidator<CreateCategoryCommand>, CreateCategoryValidator>();
        services.AddScoped<IValidator<AddCommentCommand>, AddCommentValidator>();
        services.AddScoped<IValidator<RateComplaint.RateComplaintCommand>, RateComplaintValidator>();
        services.AddScoped<IValidator<UpdateCategoryCommand>, UpdateCategoryValidator>();
        services.AddScoped<IValidator<VerifyComplaintCommand>, ComplaintStepValidator<VerifyComplaintCommand>>();
        services.AddScoped<IValidator<RejectComplaintCommand>, RejectComplaintValidator>();
        services.AddScoped<IValidator<DispositionComplaintCommand>, DispositionComplaintValidator>();
        services.AddScoped<IValidator<StartComplaintCommand>, ComplaintStepValidator<StartComplaintCommand>>();
        services.AddScoped<IValidator<ResolveComplaintCommand>, ResolveComplaintValidator>();
        services.AddScoped<IValidator<CloseComplaintCommand>, ComplaintStepValidator<CloseComplaintCommand>>();
        services.AddScoped<IValidator<ReopenComplaintCommand>, ReopenComplaintValidator>();
        services.AddScoped<IValidator<WithdrawComplaintCommand>, ComplaintStepValidator<WithdrawComplaintCommand>>();
        services.AddScoped<IValidator<GetComplaintStatsQuery>, GetComplaintStatsValidator>();
        services.AddSingleton<PublicStatsCache>();
        services.AddScoped<IValidator<GetPublicComplaintStatsQuery>, GetPublicComplaintStatsValidator>();
        services.AddScoped<IValidator<ListComplaintsQuery>, ListComplaintsValidator>();
        services.AddScoped<IValidator<HidePhotoCommand>, HidePhotoValidator>();
        services.AddScoped<IValidator<FindNearbyComplaintsQuery>, FindNearbyComplaintsValidator>();
        services.AddScoped<IValidator<FollowComplaintCommand>, FollowComplaintValidator>();
        services.AddScoped<IValidator<UnfollowComplaintCommand>, UnfollowComplaintValidator>();
        services.AddScoped<IComplaintFollowers, ComplaintFollowers>();
        services.AddScoped<IComplaintDigests, ComplaintDigests>();
        services.AddScoped<IComplaintReadAccess, ComplaintReadAccess>();
        services.AddSingleton<Open311FilingLimit>();
        // First, so that it is asked before the host's writer, which would take any request that accepts JSON.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, Open311ProblemWriter>());
        return services;
    }

    /// <summary>The complaints endpoints under <c>/api/v1/complaints</c>, and Open311 GeoReport v2 under <c>/open311/v2</c>.</summary>
    public static IEndpointRouteBuilder MapComplaintsModule(this IEndpointRouteBuilder endpoints)
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
        group.MapAttachPhoto(endpoints.ServiceProvider.GetRequiredService<ComplaintsOptions>());
        group.MapServePhoto();
        group.MapHidePhoto();
        group.MapFindNearbyComplaints();
        group.MapFollowComplaint();
        group.MapGetComplaintStats();
        group.MapGetPublicComplaintStats();
        group.MapSurvey();
        endpoints.MapSurveyPage();
        endpoints.MapOpen311();
        return endpoints;
    }
}

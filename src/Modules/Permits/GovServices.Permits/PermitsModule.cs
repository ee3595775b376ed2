using FluentValidation;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Storage;
using GovServices.Payments.Contracts;
using GovServices.Permits.Applicants;
using GovServices.Permits.ApproveApplication;
using GovServices.Permits.AssessFee;
using GovServices.Permits.Catalogue;
using GovServices.Permits.ChangeStatus;
using GovServices.Permits.Contracts;
using GovServices.Permits.CreateApplication;
using GovServices.Permits.Domain;
using GovServices.Permits.DownloadDocument;
using GovServices.Permits.EditApplication;
using GovServices.Permits.GetApplication;
using GovServices.Permits.Issuing;
using GovServices.Permits.ListApplications;
using GovServices.Permits.RecordPayment;
using GovServices.Permits.ReissueInvoice;
using GovServices.Permits.SubmitApplication;
using GovServices.Permits.UploadDocument;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits;

/// <summary>Permits: the licence catalogue, applications and the permits anyone can verify. Owns the <c>permits</c> schema.</summary>
public static class PermitsModule
{
    internal const string Schema = "permits";

    /// <summary>The content store of uploaded documents, and its folder's name.</summary>
    internal const string DocumentStore = "permit-documents";

    /// <summary>What the module declares to the host: schema, API path, scopes and who receives them.</summary>
    public static ModuleDescriptor Descriptor { get; } = new("Permits", new ModuleSchema(Schema, typeof(PermitsModule).Assembly), PermitsApiPaths.Group)
    {
        Scopes = PermitsScopes.All,
        ScopesByRole = PermitsScopes.ByRole,
        ScopesByDemoClient = PermitsScopes.ByDemoClient,
    };

    public static IServiceCollection AddPermitsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(Descriptor);
        var options = PermitsOptions.From(configuration);
        services.AddSingleton(options);
        services.AddContentStore(DocumentStore, options.DocumentDirectory);
        services.AddHttpContextAccessor();

        services.AddScoped<ApplicationLifecycle>();
        services.AddScoped<IProvisionalDueDateOwner, ApplicationDueDateRecomputation>();
        services.AddScoped<PermitIssuance>();
        services.AddScoped<ApplicantDisclosure>();
        services.AddScoped<IPermitApplicants, PermitApplicants>();
        services.AddScoped<IPermitApplicationReadAccess, PermitApplicationReadAccess>();
        services.AddIntegrationEventHandler<InvoicePaid, PermitFeePaidHandler>(Schema);
        services.AddIntegrationEventHandler<InvoiceExpired, InvoiceExpiredHandler>(Schema);

        services.AddScoped<IValidator<SavePermitTypeCommand>, SavePermitTypeValidator>();
        services.AddScoped<IValidator<CreateApplication.CreateApplicationCommand>, CreateApplicationValidator>();
        services.AddScoped<IValidator<EditApplication.EditApplicationCommand>, EditApplicationValidator>();
        services.AddScoped<IValidator<ChangeApplicationStatusCommand>, ChangeApplicationStatusValidator>();
        services.AddScoped<IValidator<ApproveApplication.ApproveApplicationCommand>, ApproveApplicationValidator>();
        services.AddScoped<IValidator<ListApplicationsQuery>, ListApplicationsValidator>();
        services.AddScoped<IValidator<AssessFee.AssessFeeCommand>, AssessFeeValidator>();
        services.AddScoped<IValidator<ReissueInvoiceCommand>, ReissueInvoiceValidator>();

        services.AddPermitIssuing(configuration);
        return services;
    }

    /// <summary>The permits endpoints under <c>/api/v1/permits</c>.</summary>
    public static IEndpointRouteBuilder MapPermitsModule(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<PermitsOptions>();
        var group = endpoints.MapGroup(PermitsApiPaths.Group).WithTags("Permits");
        group.MapListPermitTypes();
        group.MapGetPermitType();
        group.MapSavePermitType();
        group.MapCreateApplication();
        group.MapListApplications();
        group.MapGetApplication();
        group.MapEditApplication();
        group.MapUploadDocument(options);
        group.MapDownloadDocument();
        group.MapSubmitApplication();
        group.MapChangeStatus();
        group.MapApproveApplication();
        group.MapAssessFee();
        group.MapReissueInvoice();
        group.MapPermitIssuing();
        return endpoints;
    }
}

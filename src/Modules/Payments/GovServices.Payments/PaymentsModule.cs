using FluentValidation;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Modules;
using GovServices.Payments.CancelInvoice;
using GovServices.Payments.Channel;
using GovServices.Payments.Contracts;
using GovServices.Payments.Domain;
using GovServices.Payments.ExpireInvoices;
using GovServices.Payments.GetInvoice;
using GovServices.Payments.IssueInvoice;
using GovServices.Payments.Receipts;
using GovServices.Payments.Reconciliation;
using GovServices.Payments.Refunds;
using GovServices.Payments.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Payments;

/// <summary>Payments: invoices with payment codes, bank notifications, receipts, refunds and reconciliation. Owns the <c>payments</c> schema.</summary>
public static class PaymentsModule
{
    internal const string Schema = "payments";

    /// <summary>What the module declares to the host: schema, API path, scopes and who receives them.</summary>
    public static ModuleDescriptor Descriptor { get; } = new("Payments", new ModuleSchema(Schema, typeof(PaymentsModule).Assembly), PaymentsApiPaths.Group)
    {
        Scopes = PaymentsScopes.All,
        ScopesByRole = PaymentsScopes.ByRole,
        ScopesByDemoClient = PaymentsScopes.ByDemoClient,
    };

    public static IServiceCollection AddPaymentsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(Descriptor);
        services.AddSingleton(PaymentsOptions.From(configuration));
        services.AddHttpContextAccessor();

        services.AddScoped<IInvoiceIssuer, InvoiceIssuer>();
        services.AddScoped<IInvoiceNotices, Notices.InvoiceNotices>();
        services.AddScoped<InvoiceAccess>();
        services.AddScoped<PayerDisclosure>();
        services.AddScoped<IValidator<IssueInvoice.IssueInvoiceCommand>, IssueInvoiceValidator>();
        services.AddScoped<IValidator<CancelInvoice.CancelInvoiceCommand>, CancelInvoiceValidator>();
        services.AddScoped<IValidator<IssueRefundCommand>, IssueRefundValidator>();
        services.AddScoped<IValidator<ResolveReconciliationItemCommand>, ResolveReconciliationItemValidator>();
        services.AddScoped<IValidator<ListReconciliationItemsQuery>, ListReconciliationItemsValidator>();
        services.AddScoped<IValidator<ListRefundsQuery>, ListRefundsValidator>();

        services.AddSingleton<ChannelKeyProtection>();
        services.AddScoped<ChannelSignature>();
        services.AddScoped<ChannelCallReader>();
        services.AddHostedService<ChannelKeySync>();
        services.AddHostedService<InvoiceExpiryWorker>();
        return services;
    }

    /// <summary>The payments endpoints under <c>/api/v1/payments</c>.</summary>
    public static IEndpointRouteBuilder MapPaymentsModule(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(PaymentsApiPaths.Group).WithTags("Payments");
        group.MapIssueInvoice();
        group.MapGetInvoice();
        group.MapCancelInvoice();
        group.MapIssueRefund();
        group.MapListRefunds();
        group.MapGetReceipt();
        group.MapVerifyReceipt();
        group.MapUploadSettlement();
        group.MapListReconciliationItems();
        group.MapResolveReconciliationItem();
        group.MapDailyTotals();
        group.MapTransferVaInquiry();
        group.MapTransferVaPayment();
        return endpoints;
    }
}

using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Payments;

/// <summary>Payments: invoices with payment codes, bank notifications, receipts and reconciliation. Owns the <c>payments</c> schema.</summary>
public static class PaymentsModule
{
    internal const string Schema = "payments";

    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleSchema(new ModuleSchema(Schema, typeof(PaymentsModule).Assembly));
        return services;
    }
}

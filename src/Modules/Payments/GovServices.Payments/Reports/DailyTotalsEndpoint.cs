using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.Reports;

internal static class DailyTotalsEndpoint
{
    private const string GetPaymentDailyTotalsDescription = "from and to are WITA days (Asia/Makassar), inclusive, at most 366 days apart. Payments count on the day they were paid, refunds on the day they were issued. Needs payments.manage or audit.read.";

    public static IEndpointRouteBuilder MapDailyTotals(this IEndpointRouteBuilder group)
    {
        group.MapGet(PaymentsApiPaths.DailyTotals, async (DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (from is null || to is null)
                {
                    var message = Bilingual.Pick("Give the period as from and to, YYYY-MM-DD (WITA days).", "Isi periode from dan to, YYYY-MM-DD (hari WITA).");
                    return new Error("validation_failed", message, ErrorKind.Validation, new Dictionary<string, string[]> { [from is null ? "from" : "to"] = [message] }).ToProblem();
                }

                return (await mediator.Send(new GetDailyTotalsQuery(from.Value, to.Value), cancellationToken)).Match(TypedResults.Ok);
            })
            // The treasury (payments.manage) and the Inspectorate's auditors (audit.read) read the city's takings.
            .RequireAnyScope(PaymentsScopes.Manage, Scopes.AuditRead)
            .Describe("GetPaymentDailyTotals", "Command Centre: payment and refund totals by day, channel and source module", GetPaymentDailyTotalsDescription)
            .Produces<DailyTotalsReport>()
            .ProducesValidationProblem();
        return group;
    }
}

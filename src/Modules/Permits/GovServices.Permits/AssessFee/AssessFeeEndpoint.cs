using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.ChangeStatus;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.AssessFee;

internal static class AssessFeeEndpoint
{
    private const string AssessPermitFeeDescription = "The fee follows the permit type's rule (fixed, or per unit of a form field, rounded up to whole rupiah); for a fee assessed by the officer, give `amount`. An invoice is issued in Payments and the answer carries the amount and the payment code; once the bank's payment arrives the permit is issued. A retry issues no second invoice; another amount for the same application answers 409. If-Match is required (428 without, 412 when stale); from any status but approved, 409.";

    public static IEndpointRouteBuilder MapAssessFee(this IEndpointRouteBuilder group)
    {
        group.MapPost(PermitsApiPaths.AssessFee, (Guid id, FeeAssessmentRequest? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new AssessFeeCommand(id, version, body?.Amount, body?.Note), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .DescribeStep(
                "AssessPermitFee",
                "Assess the fee of an approved application (officer)",
                AssessPermitFeeDescription);
        return group;
    }
}

using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.ChangeStatus;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.ApproveApplication;

internal static class ApproveApplicationEndpoint
{
    private const string ApprovePermitApplicationDescription = "An officer of the issuing OPD approves. A free permit (izin keramaian, izin usaha mikro) is issued at once, in the same transaction: the answer carries its number. Any other waits for its fee to be assessed (assess-fee). If-Match is required (428 without, 412 when stale); from any status but under_review, 409.";

    public static IEndpointRouteBuilder MapApproveApplication(this IEndpointRouteBuilder group)
    {
        group.MapPost(PermitsApiPaths.Approve, (Guid id, ApplicationStepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ApproveApplicationCommand(id, version, body?.Note), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .DescribeStep(
                "ApprovePermitApplication",
                "Approve an application under review (officer)",
                ApprovePermitApplicationDescription);
        return group;
    }
}

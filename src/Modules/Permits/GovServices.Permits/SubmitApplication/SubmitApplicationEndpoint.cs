using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.ChangeStatus;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.SubmitApplication;

internal static class SubmitApplicationEndpoint
{
    private const string SubmitPermitApplicationDescription = "The whole form is checked against the permit type's fields and every mandatory document must be uploaded (422 `application_incomplete`, with a message per `form.<field>` and `documents.<document type>`); the applicant's NIK and name are verified with the civil registry (422 `applicant_not_registered` or `applicant_name_mismatch`). The verification SLA in working days starts. If-Match is required (428 without, 412 when stale); from any status but draft or revision_requested, 409.";

    public static IEndpointRouteBuilder MapSubmitApplication(this IEndpointRouteBuilder group)
    {
        group.MapPost(PermitsApiPaths.Submit, (Guid id, ApplicationStepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new SubmitApplicationCommand(id, version, body?.Note), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Apply)
            .DescribeStep(
                "SubmitPermitApplication",
                "Submit a draft or a revised application (applicant)",
                SubmitPermitApplicationDescription);
        return group;
    }
}

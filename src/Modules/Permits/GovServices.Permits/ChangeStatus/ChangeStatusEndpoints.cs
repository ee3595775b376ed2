using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using GovServices.Permits.ListApplications;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.ChangeStatus;

/// <summary>The steps that are one row of the transition table each: withdraw, start the review, ask for a revision, reject.</summary>
internal static class ChangeStatusEndpoints
{
    private const string IfMatchRules = "If-Match is required (428 without, 412 when stale); a step the application's status does not allow answers 409.";

    private const string WithdrawPermitApplicationDescription = $"The applicant withdraws before a decision: from draft, submitted, under_review or revision_requested. {IfMatchRules}";
    private const string StartPermitReviewDescription = $"An officer of the issuing OPD takes a submitted application into technical review; the review's working-day SLA starts. {IfMatchRules}";
    private const string RequestPermitRevisionDescription = $"Items to revise, each `form.<field>`, `documents.<document type>` or `general` with its reason. The applicant then edits, uploads and submits again. {IfMatchRules}";
    private const string RejectPermitApplicationDescription = $"With the reason, shown to the applicant. {IfMatchRules}";

    public static IEndpointRouteBuilder MapChangeStatus(this IEndpointRouteBuilder group)
    {
        group.MapPost(PermitsApiPaths.Withdraw, (Guid id, ApplicationStepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ChangeApplicationStatusCommand(id, version, ApplicationActions.Withdraw, body?.Note), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Apply)
            .DescribeStep("WithdrawPermitApplication", "Withdraw an application (applicant)", WithdrawPermitApplicationDescription);

        group.MapPost(PermitsApiPaths.StartReview, (Guid id, ApplicationStepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ChangeApplicationStatusCommand(id, version, ApplicationActions.StartReview, body?.Note), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .DescribeStep("StartPermitReview", "Start reviewing a submitted application (officer)", StartPermitReviewDescription);

        group.MapPost(PermitsApiPaths.RequestRevision, (Guid id, RevisionRequest body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ChangeApplicationStatusCommand(id, version, ApplicationActions.RequestRevision, body.Note, body.Items), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .DescribeStep("RequestPermitRevision", "Ask the applicant to revise (officer)", RequestPermitRevisionDescription);

        group.MapPost(PermitsApiPaths.Reject, (Guid id, ApplicationRejection body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ChangeApplicationStatusCommand(id, version, ApplicationActions.Reject, body.Reason), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .DescribeStep("RejectPermitApplication", "Reject an application under review (officer)", RejectPermitApplicationDescription);
        return group;
    }

    public static RouteHandlerBuilder DescribeStep(this RouteHandlerBuilder builder, string name, string summary, string description) =>
        builder
            .Describe(name, summary, description)
            .Produces<ApplicationSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

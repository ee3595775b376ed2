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

    public static IEndpointRouteBuilder MapChangeStatus(this IEndpointRouteBuilder group)
    {
        group.MapPost(PermitsApiPaths.Withdraw, (Guid id, ApplicationStepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ChangeApplicationStatusCommand(id, version, ApplicationActions.Withdraw, body?.Note), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Apply)
            .Describe("WithdrawPermitApplication", "Withdraw an application (applicant)", $"The applicant withdraws before a decision: from draft, submitted, under_review or revision_requested. {IfMatchRules}");

        group.MapPost(PermitsApiPaths.StartReview, (Guid id, ApplicationStepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ChangeApplicationStatusCommand(id, version, ApplicationActions.StartReview, body?.Note), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .Describe("StartPermitReview", "Start reviewing a submitted application (officer)", $"An officer of the issuing OPD takes a submitted application into technical review; the review's working-day SLA starts. {IfMatchRules}");

        group.MapPost(PermitsApiPaths.RequestRevision, (Guid id, RevisionRequest body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ChangeApplicationStatusCommand(id, version, ApplicationActions.RequestRevision, body.Note, body.Items), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .Describe("RequestPermitRevision", "Ask the applicant to revise (officer)", $"Items to revise, each `form.<field>`, `documents.<document type>` or `general` with its reason. The applicant then edits, uploads and submits again. {IfMatchRules}");

        group.MapPost(PermitsApiPaths.Reject, (Guid id, ApplicationRejection body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ChangeApplicationStatusCommand(id, version, ApplicationActions.Reject, body.Reason), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .Describe("RejectPermitApplication", "Reject an application under review (officer)", $"With the reason, shown to the applicant. {IfMatchRules}");
        return group;
    }

    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string name, string summary, string description) =>
        builder
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .Produces<ApplicationSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

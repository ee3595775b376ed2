using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Complaints.Lifecycle;

/// <summary><c>POST /api/v1/complaints/{id}/{action}</c> for every action of the transition table.</summary>
internal static class ComplaintStepEndpoints
{
    private const string Rules =
        " Send the ETag you last read in If-Match: 412 when the complaint changed since, 428 without it. 404 for a complaint you may not see, 403 when the step is another party's, 409 (complaint_transition_not_allowed) when its status does not allow the step. The answer carries the new ETag.";

    private const string VerifyComplaintDescription = "A coordinator confirms that a submitted complaint is genuine and complete; it then waits to be routed.";
    private const string RejectComplaintDescription = "A coordinator rejects it as duplicate (linking the original complaint), not_our_authority, insufficient_information or spam. An original that does not exist answers 422.";
    private const string DispositionComplaintDescription = "A coordinator routes it to an OPD (by default the category's). The OPD has five working days to start on it (follow-up due date) and the category's SLA in working days to resolve it (resolution due date), weekends, national holidays and collective leave excluded. A due date in a year whose holiday decree is not yet loaded is listed in provisionalDueDates and computed again when it is.";
    private const string StartComplaintDescription = "An officer of the OPD the complaint is routed to starts on it (in_progress).";
    private const string ResolveComplaintDescription = "An officer of the OPD answers; the answer is public (shown with the complaint and, unless it is confidential, on its tracking page). The complaint closes by itself after the configured working days (default 10) unless the reporter confirms or reopens it.";
    private const string CloseComplaintDescription = "The reporter (the citizen who filed it, or the partner app that filed it on someone's behalf) confirms the answer.";
    private const string ReopenComplaintDescription = "The reporter is not satisfied and says why; the OPD starts on it again with a new resolution due date. A second reopening answers 409 complaint_reopen_limit_reached.";
    private const string WithdrawComplaintDescription = "The reporter withdraws it, as long as the OPD has not started on it.";

    public static IEndpointRouteBuilder MapComplaintSteps(this IEndpointRouteBuilder group)
    {
        group.MapPost(ComplaintsApiPaths.Step(ComplaintAction.Verify), (Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] StepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new VerifyComplaintCommand(id, version, body?.Note), step => step.Version, cancellationToken))
            .DescribeStep(ComplaintsScopes.Manage, "VerifyComplaint", "Verify a submitted complaint", VerifyComplaintDescription);

        group.MapPost(ComplaintsApiPaths.Step(ComplaintAction.Reject), (Guid id, Rejection body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new RejectComplaintCommand(id, version, body.Reason, body.DuplicateOf, body.Note), step => step.Version, cancellationToken))
            .DescribeStep(ComplaintsScopes.Manage, "RejectComplaint", "Reject a submitted or verified complaint", RejectComplaintDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost(ComplaintsApiPaths.Step(ComplaintAction.Disposition), (Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] Disposition? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new DispositionComplaintCommand(id, version, body?.Opd, body?.Note), step => step.Version, cancellationToken))
            .DescribeStep(ComplaintsScopes.Manage, "DispositionComplaint", "Route a verified complaint to an OPD", DispositionComplaintDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost(ComplaintsApiPaths.Step(ComplaintAction.Start), (Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] StepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new StartComplaintCommand(id, version, body?.Note), step => step.Version, cancellationToken))
            .DescribeStep(ComplaintsScopes.Manage, "StartComplaint", "Start on a routed or reopened complaint", StartComplaintDescription);

        group.MapPost(ComplaintsApiPaths.Step(ComplaintAction.Resolve), (Guid id, Resolution body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ResolveComplaintCommand(id, version, body.Answer), step => step.Version, cancellationToken))
            .DescribeStep(ComplaintsScopes.Manage, "ResolveComplaint", "Resolve a complaint with a public answer", ResolveComplaintDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost(ComplaintsApiPaths.Step(ComplaintAction.Close), (Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] StepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new CloseComplaintCommand(id, version, body?.Note), step => step.Version, cancellationToken))
            .DescribeStep(ComplaintsScopes.Submit, "CloseComplaint", "Confirm the answer and close the complaint", CloseComplaintDescription);

        group.MapPost(ComplaintsApiPaths.Step(ComplaintAction.Reopen), (Guid id, Reopening body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ReopenComplaintCommand(id, version, body.Reason), step => step.Version, cancellationToken))
            .DescribeStep(ComplaintsScopes.Submit, "ReopenComplaint", "Reopen a resolved complaint, once", ReopenComplaintDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost(ComplaintsApiPaths.Step(ComplaintAction.Withdraw), (Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] StepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new WithdrawComplaintCommand(id, version, body?.Note), step => step.Version, cancellationToken))
            .DescribeStep(ComplaintsScopes.Submit, "WithdrawComplaint", "Withdraw a complaint", WithdrawComplaintDescription);

        return group;
    }

    private static RouteHandlerBuilder DescribeStep(this RouteHandlerBuilder builder, string scope, string name, string summary, string description) =>
        builder
            .RequireScope(scope)
            .Describe(name, summary, description + Rules)
            .Produces<ComplaintStepTaken>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

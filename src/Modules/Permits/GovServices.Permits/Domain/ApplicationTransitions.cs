using static GovServices.Permits.Domain.ApplicationStatus;

namespace GovServices.Permits.Domain;

/// <summary>
/// The one transition table of an application (SIMBG's flow: completeness check, technical review, retribution
/// assessed, paid, issued). A step not in it answers 409.
/// </summary>
internal static class ApplicationTransitions
{
    public static readonly IReadOnlyList<Transition> All =
    [
        new(ApplicationActions.Submit, [Draft, RevisionRequested], Submitted, TransitionActor.Applicant),
        new(ApplicationActions.Withdraw, [Draft, Submitted, UnderReview, RevisionRequested], Withdrawn, TransitionActor.Applicant),
        new(ApplicationActions.StartReview, [Submitted], UnderReview, TransitionActor.Officer),
        new(ApplicationActions.RequestRevision, [UnderReview], RevisionRequested, TransitionActor.Officer),
        new(ApplicationActions.Approve, [UnderReview], Approved, TransitionActor.Officer),
        new(ApplicationActions.Reject, [UnderReview], Rejected, TransitionActor.Officer),
        new(ApplicationActions.AssessFee, [Approved], FeeAssessed, TransitionActor.Officer),
        new(ApplicationActions.RecordPayment, [FeeAssessed], Paid, TransitionActor.System),
        // An unpaid invoice that expired leaves the fee assessed without a payable code, until a new invoice (ADR 0062).
        new(ApplicationActions.ExpireInvoice, [FeeAssessed], FeeAssessed, TransitionActor.System),
        new(ApplicationActions.ReissueInvoice, [FeeAssessed], FeeAssessed, TransitionActor.Officer),
        new(ApplicationActions.RequestNewInvoice, [FeeAssessed], FeeAssessed, TransitionActor.Applicant),
        // A free permit is issued on approval; any other once paid.
        new(ApplicationActions.Issue, [Approved, Paid], Issued, TransitionActor.System),
    ];

    public static Transition Find(string action) =>
        All.SingleOrDefault(transition => transition.Action == action)
        ?? throw new ArgumentOutOfRangeException(nameof(action), action, "No such step in the transition table.");

    public static bool Allows(string action, string from) => Find(action).From.Contains(from);
}

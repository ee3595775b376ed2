using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Domain;

/// <summary>
/// The one transition table of a complaint (status × action → next status, and the party that may take it). Every
/// action, over HTTP or by the deadline job, asks it; nothing else decides whether a step is allowed.
/// </summary>
internal static class ComplaintLifecycle
{
    /// <summary>How often a reporter may reopen a resolved complaint.</summary>
    public const int MaxReopens = 1;

    public static readonly IReadOnlyList<ComplaintTransition> Transitions =
    [
        new(ComplaintStatus.Submitted, ComplaintAction.Verify, ComplaintStatus.Verified, ComplaintParty.Coordinator),
        new(ComplaintStatus.Submitted, ComplaintAction.Reject, ComplaintStatus.Rejected, ComplaintParty.Coordinator),
        new(ComplaintStatus.Verified, ComplaintAction.Reject, ComplaintStatus.Rejected, ComplaintParty.Coordinator),
        new(ComplaintStatus.Verified, ComplaintAction.Disposition, ComplaintStatus.Dispositioned, ComplaintParty.Coordinator),
        new(ComplaintStatus.Dispositioned, ComplaintAction.Start, ComplaintStatus.InProgress, ComplaintParty.Officer),
        new(ComplaintStatus.Reopened, ComplaintAction.Start, ComplaintStatus.InProgress, ComplaintParty.Officer),
        new(ComplaintStatus.InProgress, ComplaintAction.Resolve, ComplaintStatus.Resolved, ComplaintParty.Officer),
        new(ComplaintStatus.Resolved, ComplaintAction.Close, ComplaintStatus.Closed, ComplaintParty.Reporter),
        new(ComplaintStatus.Resolved, ComplaintAction.AutoClose, ComplaintStatus.Closed, ComplaintParty.System),
        new(ComplaintStatus.Resolved, ComplaintAction.Reopen, ComplaintStatus.Reopened, ComplaintParty.Reporter),
        new(ComplaintStatus.Submitted, ComplaintAction.Withdraw, ComplaintStatus.Withdrawn, ComplaintParty.Reporter),
        new(ComplaintStatus.Verified, ComplaintAction.Withdraw, ComplaintStatus.Withdrawn, ComplaintParty.Reporter),
        new(ComplaintStatus.Dispositioned, ComplaintAction.Withdraw, ComplaintStatus.Withdrawn, ComplaintParty.Reporter),
    ];

    public static readonly IReadOnlyList<string> Statuses =
    [
        ComplaintStatus.Submitted, ComplaintStatus.Verified, ComplaintStatus.Rejected, ComplaintStatus.Dispositioned,
        ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.Closed, ComplaintStatus.Reopened,
        ComplaintStatus.Withdrawn,
    ];

    /// <summary>The actions callers take over HTTP, each <c>POST /api/v1/complaints/{id}/{action}</c>.</summary>
    public static IReadOnlyList<string> Actions { get; } =
        [.. Transitions.Where(transition => transition.Party != ComplaintParty.System).Select(transition => transition.Action).Distinct()];

    /// <summary>The party that takes <paramref name="action"/>, whatever the status.</summary>
    public static ComplaintParty PartyOf(string action) => action switch
    {
        ComplaintAction.Submit => ComplaintParty.Reporter,
        ComplaintAction.FlagOverdue or ComplaintAction.RecomputeDueDate => ComplaintParty.System,
        _ => Transitions.First(transition => transition.Action == action).Party,
    };

    public static ComplaintTransition? Find(string status, string action) =>
        Transitions.FirstOrDefault(transition => transition.From == status && transition.Action == action);

    /// <summary>Rejected, closed and withdrawn complaints take no further step.</summary>
    public static bool IsFinal(string status) =>
        status is ComplaintStatus.Rejected or ComplaintStatus.Closed or ComplaintStatus.Withdrawn;

    public static Error NotAllowed(string status, string action) => Error.Conflict(
        "complaint_transition_not_allowed",
        Bilingual.Pick(
            $"A complaint that is {status} does not allow the step '{action}'.",
            $"Pengaduan berstatus {status} tidak dapat diproses dengan langkah '{action}'."));
}

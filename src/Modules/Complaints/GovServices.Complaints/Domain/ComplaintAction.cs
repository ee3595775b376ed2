namespace GovServices.Complaints.Domain;

/// <summary>The steps of a complaint's lifecycle, stored in its history and used in the action routes.</summary>
internal static class ComplaintAction
{
    /// <summary>Filing; stored in the history as the status it reaches, since the first release.</summary>
    public const string Submit = "submitted";
    public const string Verify = "verify";
    public const string Reject = "reject";
    public const string Disposition = "disposition";
    public const string Start = "start";
    public const string Resolve = "resolve";
    public const string Close = "close";
    public const string AutoClose = "auto_close";
    public const string Reopen = "reopen";
    public const string Withdraw = "withdraw";

    /// <summary>Not a transition: the deadline job noting that a stage ran past its due date.</summary>
    public const string FlagOverdue = "flag_overdue";

    /// <summary>Not a transition: a provisional due date computed again once its year's holiday decree was loaded.</summary>
    public const string RecomputeDueDate = "due_date_recomputed";
}

namespace GovServices.Complaints.Contracts;

/// <summary>The kinds of <see cref="ComplaintDigestItem"/>.</summary>
public static class ComplaintDigestKinds
{
    /// <summary>Dispositioned to the OPD within the digest's window.</summary>
    public const string NewDisposition = "new_disposition";

    /// <summary>A stage due on the day after the digest's day.</summary>
    public const string DueTomorrow = "due_tomorrow";

    /// <summary>A stage past its due date on the digest's day.</summary>
    public const string Overdue = "overdue";
}

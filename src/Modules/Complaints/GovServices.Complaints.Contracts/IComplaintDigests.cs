namespace GovServices.Complaints.Contracts;

/// <summary>
/// What the daily staff digests tell (issue 15): implemented by the Complaints module. Tracking codes, categories,
/// stages and dates only, never a reporter's data, so the answer is not audited as a personal-data read.
/// </summary>
public interface IComplaintDigests
{
    /// <summary>
    /// The complaints dispositioned in [<paramref name="dispositionedFrom"/>, <paramref name="dispositionedUntil"/>), the
    /// open stages due on <paramref name="today"/>'s next day and the stages overdue on <paramref name="today"/> (the city's
    /// dates), oldest first.
    /// </summary>
    Task<IReadOnlyList<ComplaintDigestItem>> ListAsync(
        DateTimeOffset dispositionedFrom, DateTimeOffset dispositionedUntil, DateOnly today, CancellationToken cancellationToken = default);
}

/// <summary>One line of a digest.</summary>
/// <param name="Kind">One of <see cref="ComplaintDigestKinds"/>.</param>
/// <param name="Opd">The OPD that holds the complaint; null while the complaint desk holds it (verification).</param>
/// <param name="TrackingCode">Its public tracking code.</param>
/// <param name="Category">Its category code.</param>
/// <param name="Stage">The stage the line is about: <c>verification</c>, <c>follow_up</c> or <c>resolution</c>.</param>
/// <param name="DueOn">That stage's due date.</param>
public sealed record ComplaintDigestItem(string Kind, string? Opd, string TrackingCode, string Category, string Stage, DateOnly? DueOn);

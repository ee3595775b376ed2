namespace GovServices.Permits.PermitsBoard;

/// <summary>The Command Centre's view of the permits: the applications in progress now and the permits issued.</summary>
/// <param name="AsOf">When the figures were taken (UTC).</param>
/// <param name="ByStage">Per status between submission and issuing: how many, and how many are past their stage's due date.</param>
/// <param name="IssuedThisMonth">Permits issued since the first of this month (WITA).</param>
/// <param name="MedianDaysByType">Per permit type, the median calendar days from submission to issuing over the last 365 days.</param>
internal sealed record PermitsBoard(
    DateTimeOffset AsOf,
    IReadOnlyList<PermitStage> ByStage,
    int IssuedThisMonth,
    IReadOnlyDictionary<string, double> MedianDaysByType);

/// <summary>One status of the lifecycle: applications in it, and those past their stage's due date (the list's <c>overdue=true</c>).</summary>
internal sealed record PermitStage(string Status, int Applications, int Overdue);

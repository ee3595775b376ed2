namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// A due date computed on a year known only provisionally: <see cref="WorkingDays"/> working days after
/// <see cref="CountedFrom"/> gave <see cref="DueOn"/>. <see cref="DueDateName"/> says which of the subject's due dates it is
/// (a complaint's <c>resolution</c>, a permit application's stage).
/// </summary>
public sealed class ProvisionalDueDate
{
    public Guid SubjectId { get; init; }

    public string DueDateName { get; init; } = "";

    public DateOnly CountedFrom { get; init; }

    public int WorkingDays { get; init; }

    public DateOnly DueOn { get; init; }
}

using GovServices.BuildingBlocks.Data;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// A module whose records carry due dates counted with <see cref="ProvisionalDueDates"/>: it applies a due date computed
/// again on the calendar as it is now. Registered scoped, one per module schema.
/// </summary>
public interface IProvisionalDueDateOwner
{
    /// <summary>The module schema whose <c>provisional_due_date</c> table holds the due dates.</summary>
    string Schema { get; }

    /// <summary>
    /// Sets <paramref name="recomputed"/> in place of <see cref="ProvisionalDueDate.DueOn"/> on the subject, with a history
    /// note, in <paramref name="unitOfWork"/>'s transaction. False when the subject no longer carries that due date
    /// (its stage ended, or a later step counted it anew): nothing is changed then.
    /// </summary>
    Task<bool> ApplyAsync(IUnitOfWork unitOfWork, ProvisionalDueDate dueDate, DateOnly recomputed, CancellationToken cancellationToken);
}

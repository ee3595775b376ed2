using GovServices.BuildingBlocks.Data;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// Counts due dates for a module and remembers, in the module's schema and the command's transaction, those that came
/// out provisional, so that <see cref="ProvisionalDueDateWorker"/> computes them again when the decree is loaded.
/// </summary>
public sealed class ProvisionalDueDates(IUnitOfWork unitOfWork, WorkingDayCalendar calendar)
{
    /// <summary>
    /// <paramref name="workingDays"/> working days after the local date of <paramref name="at"/>, remembered as
    /// <paramref name="dueDateName"/> of <paramref name="subjectId"/> when provisional; a due date computed anew on
    /// decree years forgets an earlier provisional one of the same name.
    /// </summary>
    public async Task<DueDate> CountAsync(
        string schema, Guid subjectId, string dueDateName, DateTimeOffset at, int workingDays, CancellationToken cancellationToken)
    {
        var countedFrom = calendar.LocalDate(at);
        var due = calendar.AddWorkingDays(countedFrom, workingDays);
        var row = new { subject_id = subjectId, due_date = dueDateName, counted_from = countedFrom, working_days = workingDays, due_on = due.On };
        var sql = due.Provisional
            ? unitOfWork.Dialect.Upsert(ProvisionalDueDateSql.Table(schema), ProvisionalDueDateSql.Columns, ProvisionalDueDateSql.KeyColumns)
            : ProvisionalDueDateSql.Delete(schema);
        await unitOfWork.ExecuteAsync(sql, row, cancellationToken);
        return due;
    }
}

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>The statements on a module schema's <c>provisional_due_date</c> table.</summary>
internal static class ProvisionalDueDateSql
{
    public static readonly string[] Columns = ["subject_id", "due_date", "counted_from", "working_days", "due_on"];

    public static readonly string[] KeyColumns = ["subject_id", "due_date"];

    public static string Table(string schema) => $"{schema}.provisional_due_date";

    public static string Delete(string schema) => $"""
        DELETE FROM {Table(schema)}
        WHERE subject_id = @subject_id
          AND due_date = @due_date
        """;

    /// <summary>The next page after (<c>@after_subject</c>, <c>@after_due_date</c>), in key order.</summary>
    public static string SelectPage(string schema, string limit) => $"""
        SELECT subject_id AS SubjectId, due_date AS DueDateName, counted_from AS CountedFrom, working_days AS WorkingDays, due_on AS DueOn
        FROM {Table(schema)}
        WHERE subject_id > @after_subject
           OR (subject_id = @after_subject AND due_date > @after_due_date)
        ORDER BY subject_id, due_date
        {limit}
        """;

    public static string UpdateDueOn(string schema) => $"""
        UPDATE {Table(schema)}
        SET due_on = @due_on
        WHERE subject_id = @subject_id
          AND due_date = @due_date
        """;
}

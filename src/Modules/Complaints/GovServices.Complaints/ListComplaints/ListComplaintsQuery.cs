using System.Globalization;
using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using Mediator;

namespace GovServices.Complaints.ListComplaints;

/// <summary>The complaints the caller may see, newest first, filtered; one page at a time.</summary>
/// <param name="Status">Only complaints in this status.</param>
/// <param name="Category">Only complaints of this category.</param>
/// <param name="Opd">Only complaints routed to this OPD.</param>
/// <param name="From">Only complaints filed on or after this date (WITA, yyyy-MM-dd).</param>
/// <param name="To">Only complaints filed on or before this date (WITA, yyyy-MM-dd).</param>
/// <param name="Overdue">true: only complaints past the due date of the stage they are in.</param>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: a <see cref="KeysetCursor"/> of the last complaint's filing time and id.</param>
internal sealed record ListComplaintsQuery(
    string? Status = null,
    string? Category = null,
    string? Opd = null,
    string? From = null,
    string? To = null,
    string? Overdue = null,
    int? Limit = null,
    string? Cursor = null)
    : IQuery<Result<CursorPage<ComplaintSummary>>>
{
    /// <summary>A filing date as the list takes it; null when absent or not one.</summary>
    public static DateOnly? DateOf(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The overdue flag as the list takes it; null when absent or not one.</summary>
    public static bool? FlagOf(string? text) => bool.TryParse(text, out var flag) ? flag : null;
}

internal sealed class ListComplaintsHandler(
    IDbConnectionFactory connections, ISqlDialect dialect, ICurrentActor actor, ReporterDisclosure disclosure, WorkingDayCalendar calendar, TimeProvider clock)
    : IQueryHandler<ListComplaintsQuery, Result<CursorPage<ComplaintSummary>>>
{
    public async ValueTask<Result<CursorPage<ComplaintSummary>>> Handle(ListComplaintsQuery query, CancellationToken cancellationToken)
    {
        var page = PageRequest.Of(query.Limit, query.Cursor);

        var visibility = ComplaintAccess.ReadableSql(actor);
        if (visibility is null)
            return new CursorPage<ComplaintSummary>([], null);

        var today = calendar.LocalDate(clock.GetUtcNow());
        var parameters = new DynamicParameters();
        var sql = new StringBuilder($"SELECT {ComplaintSql.SelectColumns}\nFROM complaints.complaint\nWHERE {visibility}");
        parameters.Add("actor_user_id", actor.UserId);
        parameters.Add("actor_client_id", actor.ClientId);
        parameters.Add("actor_opd", actor.Opd);
        Filter(sql, parameters, "status = @status", "status", query.Status);
        Filter(sql, parameters, "category_code = @category_code", "category_code", query.Category);
        Filter(sql, parameters, "opd_code = @opd_code", "opd_code", query.Opd);
        Filter(sql, parameters, "filed_at >= @filed_from", "filed_from", ListComplaintsQuery.DateOf(query.From) is { } from ? calendar.StartOfDay(from) : null);
        Filter(sql, parameters, "filed_at < @filed_before", "filed_before", ListComplaintsQuery.DateOf(query.To) is { } to ? calendar.StartOfDay(to.AddDays(1)) : null);
        if (KeysetCursor.Of(page.After) is { } after)
        {
            // Time first, id only to break ties: SQL Server sorts a uniqueidentifier by its last bytes, not its UUIDv7 time.
            sql.Append("\n    AND (filed_at < @after_at OR (filed_at = @after_at AND id < @after_id))");
            parameters.Add("after_at", after.Time);
            parameters.Add("after_id", after.Id);
        }

        if (ListComplaintsQuery.FlagOf(query.Overdue) == true)
        {
            sql.Append("\n    AND ").Append(ComplaintSql.OverdueNow);
            parameters.Add("today", today);
        }

        sql.Append("\nORDER BY filed_at DESC, id DESC\n").Append(dialect.Limit("limit"));
        parameters.Add("limit", page.Limit + 1);

        IReadOnlyList<ComplaintRow> rows;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            rows = [.. await connection.QueryAsync<ComplaintRow>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken))];
        }

        var found = page.ToPage(rows, row => new KeysetCursor(row.FiledAt, row.Id).ToSortKey());
        await disclosure.RecordStaffReadAsync(found.Items, "complaint.list", cancellationToken);
        return new CursorPage<ComplaintSummary>([.. found.Items.Select(row => Summary(row, today))], found.NextCursor);
    }

    private static void Filter(StringBuilder sql, DynamicParameters parameters, string condition, string name, object? value)
    {
        if (value is null)
            return;
        sql.Append("\n    AND ").Append(condition);
        parameters.Add(name, value);
    }

    private ComplaintSummary Summary(ComplaintRow row, DateOnly today) => new(
        row.Id,
        row.TrackingCode,
        row.Status,
        row.CategoryCode,
        row.OpdCode,
        row.Title,
        row.Anonymous,
        row.Confidential,
        disclosure.For(row),
        row.FiledAt,
        row.VerificationDueOn,
        row.FollowUpDueOn,
        row.ResolutionDueOn,
        DeadlineStage.IsOverdue(row, today),
        ProvisionalDueDateNames.Of(calendar, row.VerificationDueOn, row.FollowUpDueOn, row.ResolutionDueOn),
        row.UpdatedAt);
}

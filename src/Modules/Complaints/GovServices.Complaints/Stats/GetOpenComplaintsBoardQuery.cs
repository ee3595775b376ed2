using Dapper;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using Mediator;

namespace GovServices.Complaints.Stats;

/// <summary>
/// The complaints open now, for the Command Centre: per OPD how many are open and overdue, the most overdue, and the
/// public ones on a map. <paramref name="Opd"/> limits it to one OPD (an OPD head's screen).
/// </summary>
internal sealed record GetOpenComplaintsBoardQuery(string? Opd = null) : IQuery<OpenComplaintsBoard>
{
    public const int ListedOverdue = 10;
    public const int MaxPoints = 2000;
}

internal sealed class GetOpenComplaintsBoardHandler(IDbConnectionFactory connections, WorkingDayCalendar calendar, TimeProvider clock)
    : IQueryHandler<GetOpenComplaintsBoardQuery, OpenComplaintsBoard>
{
    public async ValueTask<OpenComplaintsBoard> Handle(GetOpenComplaintsBoardQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.LocalDate(now);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<OpenComplaintRow>(new CommandDefinition(
                OpenComplaintsBoardSql.SelectOpen, cancellationToken: cancellationToken)))
            .Where(row => query.Opd is null || string.Equals(row.OpdCode, query.Opd, StringComparison.Ordinal))
            .ToList();

        var overdue = rows
            .Select(row => (Row: row, Due: row.MissedDueOn(today)))
            .Where(late => late.Due is not null)
            .Select(late => new OverdueComplaint(late.Row.Id, late.Row.TrackingCode, late.Row.CategoryCode, late.Row.OpdCode, today.DayNumber - late.Due!.Value.DayNumber))
            .ToList();
        var byOpd = rows
            .GroupBy(row => row.OpdCode, StringComparer.Ordinal)
            .Select(group => new OpdBacklog(group.Key, group.Count(), overdue.Count(late => late.Opd == group.Key)))
            .OrderByDescending(opd => opd.Overdue).ThenByDescending(opd => opd.Open).ThenBy(opd => opd.Opd, StringComparer.Ordinal)
            .ToList();
        var points = rows
            .Where(row => !row.Confidential && row.Latitude is not null && row.Longitude is not null)
            .Take(GetOpenComplaintsBoardQuery.MaxPoints)
            .Select(row => new ComplaintPoint(row.TrackingCode, row.CategoryCode, row.Status, row.OpdCode, row.Latitude!.Value, row.Longitude!.Value))
            .ToList();
        return new OpenComplaintsBoard(
            now,
            rows.Count,
            overdue.Count,
            byOpd,
            [.. overdue.OrderByDescending(late => late.DaysLate).ThenBy(late => late.TrackingCode, StringComparer.Ordinal).Take(GetOpenComplaintsBoardQuery.ListedOverdue)],
            points);
    }
}

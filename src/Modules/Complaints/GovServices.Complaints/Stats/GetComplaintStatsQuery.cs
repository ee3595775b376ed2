using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Stats;

/// <summary>
/// Counts and SLA compliance of the complaints filed from <paramref name="From"/> to <paramref name="To"/> (WITA dates,
/// inclusive; by default the 30 days up to today, at most 366 days).
/// </summary>
/// <param name="From">The first day, for example <c>2026-11-01</c>.</param>
/// <param name="To">The last day, for example <c>2026-11-30</c>.</param>
/// <param name="Opd">One department's figures only (an OPD head's screen in the Command Centre); all by default.</param>
internal sealed record GetComplaintStatsQuery(DateOnly? From = null, DateOnly? To = null, string? Opd = null) : IQuery<Result<ComplaintStats>>
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;
}

internal sealed class GetComplaintStatsHandler(IDbConnectionFactory connections, WorkingDayCalendar calendar, TimeProvider clock)
    : IQueryHandler<GetComplaintStatsQuery, Result<ComplaintStats>>
{
    private static readonly string[] AllStatuses =
    [
        ComplaintStatus.Submitted, ComplaintStatus.Verified, ComplaintStatus.Rejected, ComplaintStatus.Dispositioned,
        ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.Closed, ComplaintStatus.Reopened,
        ComplaintStatus.Withdrawn,
    ];

    public async ValueTask<Result<ComplaintStats>> Handle(GetComplaintStatsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.LocalDate(now);
        var to = query.To ?? today;
        var from = query.From ?? to.AddDays(1 - GetComplaintStatsQuery.DefaultDays);

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<StatsRow>(new CommandDefinition(
            ComplaintStatsSql.SelectFiledBetween,
            new { from = calendar.StartOfDay(from), to = calendar.StartOfDay(to.AddDays(1)) },
            cancellationToken: cancellationToken)))
            .Where(row => query.Opd is null || string.Equals(row.OpdCode, query.Opd, StringComparison.Ordinal))
            .ToList();

        var byStatus = AllStatuses.ToDictionary(status => status, status => rows.Count(row => row.Status == status));
        return new ComplaintStats(
            from,
            to,
            now,
            rows.Count,
            byStatus,
            Count(rows, row => row.CategoryCode),
            Count(rows, row => row.OpdCode),
            Sla(rows, today),
            new SortedDictionary<string, SlaCompliance>(
                rows.GroupBy(row => row.OpdCode, StringComparer.Ordinal).ToDictionary(group => group.Key, group => Sla([.. group], today)),
                StringComparer.Ordinal));
    }

    private SlaCompliance Sla(IReadOnlyList<StatsRow> rows, DateOnly today) => new(
        Stage(rows, today, row => row.VerificationDueOn, VerificationFinishedAt),
        Stage(rows, today, row => row.FollowUpDueOn, row => row.StartedAt),
        Stage(rows, today, row => row.ResolutionDueOn, row => row.ResolvedAt));

    /// <summary>A rejection ends verification too; a rejected complaint changes no more, so its last change is the rejection.</summary>
    private static DateTimeOffset? VerificationFinishedAt(StatsRow row) =>
        row.VerifiedAt ?? (row.Status == ComplaintStatus.Rejected ? row.UpdatedAt : null);

    private StageCompliance Stage(IReadOnlyList<StatsRow> rows, DateOnly today, Func<StatsRow, DateOnly?> dueOn, Func<StatsRow, DateTimeOffset?> finishedAt) =>
        StageCompliance.Of(rows, calendar, today, dueOn, finishedAt, row => row.Status);

    private static SortedDictionary<string, int> Count(IEnumerable<StatsRow> rows, Func<StatsRow, string> key) =>
        new(rows.GroupBy(key).ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal);
}

using Dapper;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Domain;
using Mediator;

namespace GovServices.Permits.PermitsBoard;

/// <summary>Applications per stage and overdue, permits issued this month, median days to issue per type.</summary>
internal sealed record GetPermitsBoardQuery : IQuery<PermitsBoard>
{
    public const int MedianOverDays = 365;
}

internal sealed class GetPermitsBoardHandler(IDbConnectionFactory connections, WorkingDayCalendar calendar, TimeProvider clock)
    : IQueryHandler<GetPermitsBoardQuery, PermitsBoard>
{
    private static readonly string[] Stages =
    [
        ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.RevisionRequested,
        ApplicationStatus.Approved, ApplicationStatus.FeeAssessed, ApplicationStatus.Paid,
    ];

    public async ValueTask<PermitsBoard> Handle(GetPermitsBoardQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.LocalDate(now);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var inProgress = (await connection.QueryAsync<StageRow>(new CommandDefinition(PermitsBoardSql.SelectInProgress, cancellationToken: cancellationToken))).ToList();
        var issued = (await connection.QueryAsync<IssuedRow>(new CommandDefinition(
            PermitsBoardSql.SelectIssuedSince, new { since = now.AddDays(-GetPermitsBoardQuery.MedianOverDays) }, cancellationToken: cancellationToken))).ToList();

        var stages = Stages
            .Select(stage => new PermitStage(
                stage,
                inProgress.Count(row => row.Status == stage),
                // The rule of the list's overdue filter (ApplicationSummary.IsOverdue): only stages the city has an SLA for.
                inProgress.Count(row => row.Status == stage && ApplicationStatus.WithCitySla.Contains(stage) && row.StageDueOn < today)))
            .ToList();
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var medians = issued
            .Where(row => row.SubmittedAt is not null)
            .GroupBy(row => row.TypeCode, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => Median([.. group.Select(row => (row.IssuedAt - row.SubmittedAt!.Value).TotalDays)]), StringComparer.Ordinal);
        return new PermitsBoard(
            now,
            stages,
            issued.Count(row => calendar.LocalDate(row.IssuedAt) >= monthStart),
            new SortedDictionary<string, double>(medians, StringComparer.Ordinal));
    }

    private static double Median(double[] days)
    {
        Array.Sort(days);
        var middle = days.Length / 2;
        var median = days.Length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
        return Math.Round(median, 1);
    }

    private sealed class StageRow
    {
        public string Status { get; init; } = "";

        public DateOnly? StageDueOn { get; init; }
    }

    private sealed class IssuedRow
    {
        public string TypeCode { get; init; } = "";

        public DateTimeOffset? SubmittedAt { get; init; }

        public DateTimeOffset IssuedAt { get; init; }
    }
}

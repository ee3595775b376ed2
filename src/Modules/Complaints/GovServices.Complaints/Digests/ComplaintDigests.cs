using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Contracts;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Digests;

/// <summary>
/// <see cref="IComplaintDigests"/>: the staff digests' lines, by the rules of the deadline job (<see cref="ComplaintSql.OverdueNow"/>
/// per stage, flagged or not). A stage of verification is the complaint desk's (no OPD); the others the OPD's the
/// complaint is dispositioned to.
/// </summary>
internal sealed class ComplaintDigests(IDbConnectionFactory connections) : IComplaintDigests
{
    public async Task<IReadOnlyList<ComplaintDigestItem>> ListAsync(
        DateTimeOffset dispositionedFrom, DateTimeOffset dispositionedUntil, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var items = new List<ComplaintDigestItem>();
        var dispositioned = await connection.QueryAsync<DigestRow>(new CommandDefinition(
            ComplaintDigestsSql.Dispositioned, new { from = dispositionedFrom, until = dispositionedUntil }, cancellationToken: cancellationToken));
        items.AddRange(dispositioned.Select(row => row.ToItem(ComplaintDigestKinds.NewDisposition, DeadlineStage.FollowUp)));
        foreach (var stage in DeadlineStage.All)
        {
            var due = await connection.QueryAsync<DigestRow>(new CommandDefinition(
                ComplaintDigestsSql.InStage(stage, "= @tomorrow"), new { tomorrow = today.AddDays(1) }, cancellationToken: cancellationToken));
            items.AddRange(due.Select(row => row.ToItem(ComplaintDigestKinds.DueTomorrow, stage)));
        }

        foreach (var stage in DeadlineStage.All)
        {
            var overdue = await connection.QueryAsync<DigestRow>(new CommandDefinition(
                ComplaintDigestsSql.InStage(stage, "< @today"), new { today }, cancellationToken: cancellationToken));
            items.AddRange(overdue.Select(row => row.ToItem(ComplaintDigestKinds.Overdue, stage)));
        }

        return items;
    }

    private sealed class DigestRow
    {
        public string OpdCode { get; init; } = "";

        public string TrackingCode { get; init; } = "";

        public string CategoryCode { get; init; } = "";

        public DateOnly? DueOn { get; init; }

        public ComplaintDigestItem ToItem(string kind, string stage) =>
            new(kind, stage == DeadlineStage.Verification ? null : OpdCode, TrackingCode, CategoryCode, stage, DueOn);
    }
}

using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Contracts;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.FollowComplaint;

/// <summary>The followers of a complaint, for other modules (Notifications).</summary>
internal sealed class ComplaintFollowers(IDbConnectionFactory connections) : IComplaintFollowers
{
    public async Task<IReadOnlyList<ComplaintFollower>> ListAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FollowerRow>(new CommandDefinition(
            FollowerSql.SelectByComplaint, new { complaint_id = complaintId }, cancellationToken: cancellationToken));
        return [.. rows.Select(row => new ComplaintFollower(row.UserId, row.ClientId, row.Contact, row.FollowedAt))];
    }

    private sealed class FollowerRow
    {
        public string? UserId { get; init; }

        public string? ClientId { get; init; }

        public string? Contact { get; init; }

        public DateTimeOffset FollowedAt { get; init; }
    }
}

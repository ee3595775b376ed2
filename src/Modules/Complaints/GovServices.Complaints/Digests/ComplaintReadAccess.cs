using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Contracts;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Digests;

/// <summary><see cref="IComplaintReadAccess"/>: <see cref="ComplaintAccess.CanRead"/> on the complaint as it is now.</summary>
internal sealed class ComplaintReadAccess(IDbConnectionFactory connections, ICurrentActor actor) : IComplaintReadAccess
{
    public async Task<bool> CanReadAsync(Guid complaintId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var complaint = await connection.QuerySingleOrDefaultAsync<ComplaintRow>(
            new CommandDefinition(ComplaintSql.SelectById, new { id = complaintId }, cancellationToken: cancellationToken));
        return complaint is not null && ComplaintAccess.CanRead(actor, complaint);
    }
}

using GovServices.BuildingBlocks.Data;

namespace GovServices.Complaints.Domain;

/// <summary>
/// History entries the system writes about a complaint without moving it (an overdue flag, a due date computed
/// again): party system, no actor, the status unchanged.
/// </summary>
internal static class SystemNotes
{
    public static Task RecordAsync(
        IUnitOfWork unitOfWork, ComplaintRow complaint, string action, string note, DateTimeOffset now, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(
            ComplaintSql.InsertHistory,
            new
            {
                id = Guid.CreateVersion7(now),
                complaint_id = complaint.Id,
                occurred_at = now,
                action,
                from_status = complaint.Status,
                to_status = complaint.Status,
                actor_client_id = (string?)null,
                actor_user_id = (string?)null,
                note,
            },
            cancellationToken);
}

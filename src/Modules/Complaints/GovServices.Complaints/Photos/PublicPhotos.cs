using System.Data.Common;
using Dapper;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Photos;

/// <summary>Which photos anyone may see, and who sees the rest. <see cref="IsPublic"/> and <see cref="PhotoSql.PublicCondition"/> are one rule.</summary>
internal static class PublicPhotos
{
    /// <summary>Of a complaint the city verified and did not reject, not confidential, not hidden by a moderator.</summary>
    public static bool IsPublic(ComplaintRow complaint, PhotoRow photo) =>
        !complaint.Confidential && complaint.VerifiedAt is not null && complaint.Status != ComplaintStatus.Rejected && photo.HiddenAt is null;

    /// <summary>Staff (people other than citizens, and OPD back-office systems) see originals and hidden photos.</summary>
    public static bool IsStaff(ICurrentActor actor) =>
        (ComplaintAccess.IsPerson(actor) && !actor.IsInRole(Roles.Citizen)) || OfficerOpd.IsSystem(actor);

    /// <summary>The public photos of the given complaints, by complaint, oldest first.</summary>
    public static async Task<ILookup<Guid, PhotoRow>> OfAsync(DbConnection connection, IReadOnlyList<Guid> complaintIds, CancellationToken cancellationToken)
    {
        if (complaintIds.Count == 0)
            return Array.Empty<PhotoRow>().ToLookup(photo => photo.ComplaintId);
        var parameters = new DynamicParameters(new { confidential = false });
        var names = complaintIds.Select((id, index) =>
        {
            parameters.Add($"complaint_id_{index}", id);
            return $"@complaint_id_{index}";
        });
        var rows = await connection.QueryAsync<PhotoRow>(new CommandDefinition(
            PhotoSql.SelectPublicOf($"({string.Join(", ", names)})"), parameters, cancellationToken: cancellationToken));
        return rows.ToLookup(photo => photo.ComplaintId);
    }
}

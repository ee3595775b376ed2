using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using Mediator;

namespace GovServices.Complaints.FollowComplaint;

/// <summary>Who follows, when a partner app follows for one of its reporters; a signed-in citizen leaves it out.</summary>
/// <param name="Contact">The reporter's phone number or email address, as the app knows them (up to 200 characters).</param>
internal sealed record FollowerDetails(string? Contact = null);

/// <summary>
/// A citizen, or a partner app for one of its reporters, follows a public complaint instead of filing it again: they
/// hear of it as its reporter does, and count as a supporter. Following twice is following once.
/// </summary>
internal sealed record FollowComplaintCommand(Guid Id, string? Contact) : ICommand<Result<ComplaintSupport>>;

/// <summary>A citizen or a partner app's reporter stops following; not following already is fine.</summary>
internal sealed record UnfollowComplaintCommand(Guid Id, string? Contact) : ICommand<Result<ComplaintSupport>>;

/// <summary>The complaint's support after the change.</summary>
/// <param name="Following">Whether the caller (or their reporter) follows it now.</param>
/// <param name="Supporters">How many follow it.</param>
internal sealed record ComplaintSupport(bool Following, int Supporters);

internal sealed class FollowComplaintHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<FollowComplaintCommand, Result<ComplaintSupport>>, ICommandHandler<UnfollowComplaintCommand, Result<ComplaintSupport>>
{
    public async ValueTask<Result<ComplaintSupport>> Handle(FollowComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await FollowableAsync(command.Id, cancellationToken);
        if (!complaint.IsSuccess)
            return complaint.Error;
        if (complaint.Value.Status is ComplaintStatus.Rejected or ComplaintStatus.Withdrawn or ComplaintStatus.Closed)
        {
            return Error.Conflict(
                "complaint_not_open",
                Bilingual.Pick($"A {complaint.Value.Status} complaint cannot be followed.", $"Pengaduan berstatus {complaint.Value.Status} tidak dapat diikuti."));
        }

        var now = clock.GetUtcNow();
        var person = ComplaintAccess.IsPerson(actor);
        var added = await unitOfWork.ExecuteAsync(
            unitOfWork.Dialect.InsertIfAbsent(FollowerSql.Table, FollowerSql.Columns, ["complaint_id", "follower_key"]),
            new
            {
                id = Guid.CreateVersion7(now),
                complaint_id = command.Id,
                follower_key = FollowerKey(command.Contact),
                user_id = person ? actor.UserId : null,
                client_id = actor.ClientId,
                reporter_contact = person ? null : command.Contact!.Trim(),
                followed_at = now,
            },
            cancellationToken);
        if (added == 1)
        {
            await auditTrail.RecordAsync(
                ComplaintsModule.Schema, new AuditEvent("complaint.followed", "complaint", command.Id.ToString(), Details: new { by = person ? "citizen" : "partner_app" }), cancellationToken);
        }

        return new ComplaintSupport(true, await SupportersAsync(command.Id, cancellationToken));
    }

    public async ValueTask<Result<ComplaintSupport>> Handle(UnfollowComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await FollowableAsync(command.Id, cancellationToken);
        if (!complaint.IsSuccess)
            return complaint.Error;

        var removed = await unitOfWork.ExecuteAsync(
            FollowerSql.Delete, new { complaint_id = command.Id, follower_key = FollowerKey(command.Contact) }, cancellationToken);
        if (removed == 1)
        {
            await auditTrail.RecordAsync(
                ComplaintsModule.Schema, new AuditEvent("complaint.unfollowed", "complaint", command.Id.ToString()), cancellationToken);
        }

        return new ComplaintSupport(false, await SupportersAsync(command.Id, cancellationToken));
    }

    /// <summary>Anyone may follow what the public may see: a confidential complaint answers like a missing one.</summary>
    private async Task<Result<ComplaintRow>> FollowableAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await unitOfWork.QuerySingleOrDefaultAsync<ComplaintRow>(ComplaintSql.SelectById, new { id }, cancellationToken);
        if (complaint is null || (complaint.Confidential && !ComplaintAccess.CanRead(actor, complaint)))
            return GetComplaintHandler.NotFound;
        if (ComplaintAccess.IsReporterSide(actor, complaint) && ComplaintAccess.IsPerson(actor))
        {
            return Error.Conflict(
                "complaint_own",
                Bilingual.Pick("You reported this complaint: you hear of it already.", "Anda pelapor pengaduan ini: Anda sudah menerima kabarnya."));
        }

        return complaint;
    }

    /// <summary>One row per citizen, or per partner app and reporter contact (compared without case or spaces).</summary>
    private string FollowerKey(string? contact) => ComplaintAccess.IsPerson(actor)
        ? $"user:{actor.UserId}"
        : $"client:{actor.ClientId}:{new string([.. contact!.Where(character => !char.IsWhiteSpace(character))]).ToLowerInvariant()}";

    private async Task<int> SupportersAsync(Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<int>(FollowerSql.Count, new { complaint_id = id }, cancellationToken);
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using GovServices.Complaints.Photos;
using Mediator;

namespace GovServices.Complaints.HidePhoto;

/// <summary>Why a moderator hides a photo from the public.</summary>
/// <param name="Reason">What is wrong with it (a face, a number plate, something offensive), up to 500 characters.</param>
internal sealed record PhotoModeration(string Reason);

/// <summary>A moderator (the complaint desk) hides a photo from every public view; staff and the reporter still see it.</summary>
internal sealed record HidePhotoCommand(Guid ComplaintId, Guid MediaId, string Reason) : ICommand<Result<PhotoView>>;

internal sealed class HidePhotoHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<HidePhotoCommand, Result<PhotoView>>
{
    public async ValueTask<Result<PhotoView>> Handle(HidePhotoCommand command, CancellationToken cancellationToken)
    {
        var complaint = await unitOfWork.QuerySingleOrDefaultAsync<ComplaintRow>(ComplaintSql.SelectById, new { id = command.ComplaintId }, cancellationToken);
        if (complaint is null || !ComplaintAccess.CanRead(actor, complaint))
            return GetComplaintHandler.NotFound;
        var photo = await unitOfWork.QuerySingleOrDefaultAsync<PhotoRow>(PhotoSql.SelectById, new { id = command.MediaId }, cancellationToken);
        if (photo is null || photo.ComplaintId != complaint.Id)
            return PhotoErrors.NotFound;

        var now = clock.GetUtcNow();
        var hidden = await unitOfWork.ExecuteAsync(
            PhotoSql.Hide,
            new { id = photo.Id, hidden_at = now, hidden_by_user_id = actor.UserId, hidden_reason = command.Reason.Trim() },
            cancellationToken);
        if (hidden == 1)
        {
            await auditTrail.RecordAsync(
                ComplaintsModule.Schema,
                new AuditEvent("complaint.photo_hidden", "complaint", complaint.Id.ToString(), Details: new { photo = photo.Id, reason = command.Reason.Trim() }),
                cancellationToken);
        }

        var row = await unitOfWork.QuerySingleAsync<PhotoRow>(PhotoSql.SelectById, new { id = photo.Id }, cancellationToken);
        return PhotoView.Of(row, staff: true);
    }
}

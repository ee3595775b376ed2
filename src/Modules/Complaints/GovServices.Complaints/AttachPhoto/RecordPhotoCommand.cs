using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.BuildingBlocks.Storage;
using GovServices.Complaints.Domain;
using GovServices.Complaints.Photos;
using Mediator;

namespace GovServices.Complaints.AttachPhoto;

/// <summary>Records a stored photo against its complaint, if the complaint still has a free place.</summary>
internal sealed record RecordPhotoCommand(
    Guid ComplaintId, string UploaderParty, string Format, StoredContent Original, string ProcessedKey, string ThumbnailKey, int Width, int Height)
    : ICommand<Result<PhotoView>>;

internal sealed class RecordPhotoHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RecordPhotoCommand, Result<PhotoView>>
{
    public const string ReporterParty = "reporter";
    public const string StaffParty = "staff";

    public static Error LimitReached => Error.Conflict(
        "photo_limit_reached",
        Bilingual.Pick($"A complaint has at most {PhotoSql.MaxPerComplaint} photos.", $"Satu pengaduan paling banyak {PhotoSql.MaxPerComplaint} foto."));

    public async ValueTask<Result<PhotoView>> Handle(RecordPhotoCommand command, CancellationToken cancellationToken)
    {
        // The place is taken in the same statement that checks it: two uploads at once cannot both take the last one.
        var taken = await unitOfWork.ExecuteAsync(PhotoSql.TakePlace, new { id = command.ComplaintId, max = PhotoSql.MaxPerComplaint }, cancellationToken);
        if (taken == 0)
            return LimitReached;

        var now = clock.GetUtcNow();
        var row = new PhotoRow
        {
            Id = Guid.CreateVersion7(now),
            ComplaintId = command.ComplaintId,
            UploadedAt = now,
            UploaderParty = command.UploaderParty,
            ActorClientId = actor.ClientId,
            ActorUserId = ComplaintAccess.IsPerson(actor) ? actor.UserId : null,
            OriginalFormat = command.Format,
            OriginalKey = command.Original.Key,
            OriginalSha256 = command.Original.Sha256,
            OriginalBytes = command.Original.SizeBytes,
            ProcessedKey = command.ProcessedKey,
            ThumbnailKey = command.ThumbnailKey,
            Width = command.Width,
            Height = command.Height,
        };
        await unitOfWork.ExecuteAsync(
            PhotoSql.Insert,
            new
            {
                id = row.Id,
                complaint_id = row.ComplaintId,
                uploaded_at = row.UploadedAt,
                uploader_party = row.UploaderParty,
                actor_client_id = row.ActorClientId,
                actor_user_id = row.ActorUserId,
                original_format = row.OriginalFormat,
                original_key = row.OriginalKey,
                original_sha256 = row.OriginalSha256,
                original_bytes = row.OriginalBytes,
                processed_key = row.ProcessedKey,
                thumbnail_key = row.ThumbnailKey,
                width = row.Width,
                height = row.Height,
            },
            cancellationToken);

        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent("complaint.photo_attached", "complaint", command.ComplaintId.ToString(),
                Details: new { photo = row.Id, party = row.UploaderParty, format = row.OriginalFormat, bytes = row.OriginalBytes, sha256 = row.OriginalSha256 }),
            cancellationToken);
        return PhotoView.Of(row, staff: PublicPhotos.IsStaff(actor));
    }
}

using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.BuildingBlocks.Storage;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using GovServices.Complaints.Photos;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.AttachPhoto;

/// <summary>
/// The reporter (or the app that filed for them) or the staff handling a complaint attach a photo. It is recognised
/// from its bytes, refused whole when it is anything but a whole JPEG, PNG, WebP or HEIC picture within the limits,
/// re-encoded without metadata with a thumbnail, and the three files stored before the row is written in its own
/// transaction: a row never points at missing files, and a refused upload stores nothing.
/// </summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Length">The declared length of the content.</param>
/// <param name="Content">The content.</param>
internal sealed record AttachPhotoCommand(Guid ComplaintId, long Length, Stream Content) : ISelfTransactingCommand<Result<PhotoView>>;

internal sealed class AttachPhotoHandler(
    IDbConnectionFactory connections,
    ICurrentActor actor,
    [FromKeyedServices(ComplaintsModule.MediaStore)] IContentStore store,
    IMediator mediator,
    ComplaintsOptions options) : IRequestHandler<AttachPhotoCommand, Result<PhotoView>>
{
    public async ValueTask<Result<PhotoView>> Handle(AttachPhotoCommand command, CancellationToken cancellationToken)
    {
        ComplaintRow? complaint;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            complaint = await connection.QuerySingleOrDefaultAsync<ComplaintRow>(new CommandDefinition(
                ComplaintSql.SelectById, new { id = command.ComplaintId }, cancellationToken: cancellationToken));
        }

        if (complaint is null || !ComplaintAccess.CanRead(actor, complaint))
            return GetComplaintHandler.NotFound;
        if (UploaderParty(complaint) is not { } party)
        {
            return Error.Forbidden(
                "complaint_action_forbidden",
                Bilingual.Pick("Only the reporter and the staff handling the complaint attach photos.", "Hanya pelapor dan petugas yang menangani pengaduan yang dapat melampirkan foto."));
        }

        if (complaint.Status is ComplaintStatus.Rejected or ComplaintStatus.Withdrawn or ComplaintStatus.Closed)
        {
            return Error.Conflict(
                "complaint_not_open",
                Bilingual.Pick($"A {complaint.Status} complaint takes no more photos.", $"Pengaduan berstatus {complaint.Status} tidak menerima foto lagi."));
        }

        if (complaint.MediaCount >= PhotoSql.MaxPerComplaint)
            return RecordPhotoHandler.LimitReached;
        if (command.Length <= 0)
            return PhotoErrors.Unprocessable("photo_empty", Bilingual.Pick("The file is empty.", "Berkas kosong."));
        if (command.Length > options.MaxPhotoBytes)
        {
            return PhotoErrors.Unprocessable(
                "photo_too_large",
                Bilingual.Pick($"A photo may have at most {options.MaxPhotoBytes:N0} bytes.", $"Foto paling besar {options.MaxPhotoBytes:N0} bita."));
        }

        var content = new byte[command.Length];
        var read = await command.Content.ReadAtLeastAsync(content, content.Length, throwOnEndOfStream: false, cancellationToken);
        if (read != content.Length)
            return PhotoProcessor.Incomplete();

        var format = PhotoFormat.Recognise(content);
        if (format is null)
        {
            return PhotoErrors.Unprocessable(
                "photo_format_unknown",
                Bilingual.Pick("The content is not a JPEG, PNG, WebP or HEIC picture, whatever its name says.", "Isi berkas bukan gambar JPEG, PNG, WebP, atau HEIC, apa pun nama berkasnya."));
        }

        if (PhotoFormat.IsPolyglot(content))
        {
            return PhotoErrors.Unprocessable(
                "photo_polyglot",
                Bilingual.Pick("The picture also carries other content (markup, script or an archive).", "Gambar juga memuat isi lain (markup, skrip, atau arsip)."));
        }

        if (!PhotoFormat.IsWhole(format, content))
            return PhotoProcessor.Incomplete();

        var processed = PhotoProcessor.Process(content, format);
        if (!processed.IsSuccess)
            return processed.Error;

        var original = await SaveAsync(content, cancellationToken);
        var copy = await SaveAsync(processed.Value.Processed, cancellationToken);
        var thumbnail = await SaveAsync(processed.Value.Thumbnail, cancellationToken);
        return await mediator.Send(
            new RecordPhotoCommand(complaint.Id, party, format, original, copy.Key, thumbnail.Key, processed.Value.Width, processed.Value.Height),
            cancellationToken);
    }

    private string? UploaderParty(ComplaintRow complaint) =>
        ComplaintAccess.IsReporterSide(actor, complaint) ? RecordPhotoHandler.ReporterParty
        : ComplaintAccess.Handles(actor, complaint) ? RecordPhotoHandler.StaffParty
        : null;

    private async Task<StoredContent> SaveAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return await store.SaveAsync(stream, cancellationToken);
    }
}

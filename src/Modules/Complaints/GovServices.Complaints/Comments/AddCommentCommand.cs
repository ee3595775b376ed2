using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Contracts;
using GovServices.Complaints.Domain;
using GovServices.Complaints.GetComplaint;
using Mediator;

namespace GovServices.Complaints.Comments;

/// <summary>
/// The reporter, or staff handling the complaint (coordinators, officers of its OPD), adds a comment. Every comment is
/// between the two sides (there are no staff-only ones), so each one is told as <see cref="ComplaintCommented"/>.
/// </summary>
internal sealed record AddCommentCommand(Guid Id, string Text) : ICommand<Result<CommentView>>;

internal sealed class AddCommentHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, IOutbox outbox, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<AddCommentCommand, Result<CommentView>>
{
    public const string ReporterAuthor = "reporter";
    public const string StaffAuthor = "staff";

    public async ValueTask<Result<CommentView>> Handle(AddCommentCommand command, CancellationToken cancellationToken)
    {
        var complaint = await unitOfWork.QuerySingleOrDefaultAsync<ComplaintRow>(ComplaintSql.SelectById, new { id = command.Id }, cancellationToken);
        if (complaint is null || !ComplaintAccess.CanRead(actor, complaint))
            return GetComplaintHandler.NotFound;

        var author = ComplaintAccess.IsReporterSide(actor, complaint) ? ReporterAuthor
            : ComplaintAccess.Handles(actor, complaint) ? StaffAuthor
            : null;
        if (author is null)
        {
            return Error.Forbidden(
                "complaint_comment_forbidden",
                Bilingual.Pick("Only the reporter and the staff handling the complaint comment on it.", "Hanya pelapor dan petugas yang menangani pengaduan yang dapat berkomentar."));
        }

        if (ComplaintLifecycle.IsFinal(complaint.Status))
        {
            return Error.Conflict(
                "complaint_closed_for_comments",
                Bilingual.Pick($"A complaint that is {complaint.Status} takes no more comments.", $"Pengaduan berstatus {complaint.Status} tidak menerima komentar lagi."));
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var text = command.Text.Trim();
        await unitOfWork.ExecuteAsync(
            ComplaintSql.InsertComment,
            new
            {
                id,
                complaint_id = complaint.Id,
                created_at = now,
                author_party = author,
                actor_client_id = actor.ClientId,
                actor_user_id = ComplaintAccess.IsPerson(actor) ? actor.UserId : null,
                body = text,
            },
            cancellationToken);
        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent("complaint.commented", "complaint", complaint.Id.ToString(), Details: new { comment = id, author }),
            cancellationToken);
        await outbox.EnqueueAsync(
            ComplaintsModule.Schema,
            new ComplaintCommented(complaint.Id, complaint.TrackingCode, id, author, now, new EventAudience(complaint.FiledByClientId, ComplaintAccess.OpdOfItsOfficers(complaint))),
            cancellationToken);
        return new CommentView(id, author, author == StaffAuthor ? actor.UserId : null, text, now);
    }
}

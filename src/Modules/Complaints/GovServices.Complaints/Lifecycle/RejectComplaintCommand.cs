using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Lifecycle;

/// <summary>Why the complaint desk rejects a complaint.</summary>
/// <param name="Reason"><c>duplicate</c>, <c>not_our_authority</c>, <c>insufficient_information</c> or <c>spam</c>.</param>
/// <param name="DuplicateOf">With <c>duplicate</c>: the id of the original complaint, which the rejected one links to.</param>
/// <param name="Note">An explanation for the reporter and the history (up to 2,000 characters).</param>
internal sealed record Rejection(string Reason, Guid? DuplicateOf = null, string? Note = null);

/// <summary>The complaint desk rejects a submitted or verified complaint, with a reason.</summary>
internal sealed record RejectComplaintCommand(Guid Id, int ExpectedVersion, string Reason, Guid? DuplicateOf, string? Note)
    : ICommand<Result<ComplaintStepTaken>>, IComplaintStep;

internal sealed class RejectComplaintHandler(ComplaintSteps steps, IUnitOfWork unitOfWork) : ICommandHandler<RejectComplaintCommand, Result<ComplaintStepTaken>>
{
    public ValueTask<Result<ComplaintStepTaken>> Handle(RejectComplaintCommand command, CancellationToken cancellationToken) =>
        steps.TakeAsync(
            command.Id,
            command.ExpectedVersion,
            ComplaintAction.Reject,
            command.Note,
            async (complaint, _, token) =>
            {
                if (command.DuplicateOf is { } originalId && (originalId == complaint.Id || !await OriginalExistsAsync(originalId, token)))
                {
                    return new Error(
                        "duplicate_original_not_found",
                        Bilingual.Pick("The original complaint does not exist.", "Pengaduan asli tidak ditemukan."),
                        ErrorKind.Unprocessable,
                        new Dictionary<string, string[]> { ["duplicateOf"] = [Bilingual.Pick("Give the id of an existing complaint.", "Isi id pengaduan yang ada.")] });
                }

                if (command.DuplicateOf is { } original)
                {
                    // Who followed the duplicate wants to hear of the problem: they follow the original from now on.
                    await unitOfWork.ExecuteAsync(FollowerSql.MoveToOriginal, new { duplicate_id = complaint.Id, original_id = original }, token);
                    await unitOfWork.ExecuteAsync(FollowerSql.DeleteAll, new { complaint_id = complaint.Id }, token);
                }

                return complaint with { RejectionReason = command.Reason, DuplicateOfId = command.DuplicateOf };
            },
            new { reason = command.Reason, duplicateOf = command.DuplicateOf },
            cancellationToken);

    private async Task<bool> OriginalExistsAsync(Guid originalId, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteScalarAsync<int>(
            ComplaintSql.CountById, new { id = originalId }, cancellationToken) == 1;
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.BuildingBlocks.Storage;
using GovServices.Permits.Domain;
using GovServices.Permits.GetApplication;
using Mediator;

namespace GovServices.Permits.UploadDocument;

/// <summary>Records a stored document against its application, if the application still takes documents.</summary>
internal sealed record RecordDocumentCommand(Guid ApplicationId, string DocumentType, string FileName, string Format, StoredContent Stored)
    : ICommand<Result<DocumentView>>;

internal sealed class RecordDocumentHandler(
    IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, ApplicationLifecycle lifecycle, TimeProvider clock)
    : ICommandHandler<RecordDocumentCommand, Result<DocumentView>>
{
    public static Error NotEditable(string status) => Error.Conflict(
        "application_not_editable",
        Bilingual.Pick($"An application that is {status} takes no more documents.", $"Permohonan berstatus {status} tidak menerima dokumen lagi."));

    public async ValueTask<Result<DocumentView>> Handle(RecordDocumentCommand command, CancellationToken cancellationToken)
    {
        // Checked again inside the transaction: the application may have been submitted while the bytes were stored.
        var application = await lifecycle.FindAsync(command.ApplicationId, cancellationToken);
        if (application is null || !ApplicationAccess.IsApplicantSide(actor, application))
            return ApplicationLifecycle.NotFound;
        if (!ApplicationStatus.IsEditable(application.Status))
            return NotEditable(application.Status);

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var fileName = string.IsNullOrWhiteSpace(command.FileName) ? $"{command.DocumentType}.{command.Format}" : command.FileName;
        if (fileName.Length > 255)
            fileName = fileName[^255..];
        await unitOfWork.ExecuteAsync(
            ApplicationSql.InsertDocument,
            new
            {
                id,
                application_id = application.Id,
                document_code = command.DocumentType,
                file_name = fileName,
                format = command.Format,
                size_bytes = command.Stored.SizeBytes,
                sha256 = command.Stored.Sha256,
                storage_key = command.Stored.Key,
                uploaded_at = now,
                uploaded_by_client_id = actor.ClientId,
                uploaded_by_user_id = ApplicationAccess.IsPerson(actor) ? actor.UserId : null,
            },
            cancellationToken);
        await auditTrail.RecordAsync(
            PermitsModule.Schema,
            new AuditEvent("application.document_uploaded", "application", application.Id.ToString(), Details: new { document = id, command.DocumentType, command.Format, command.Stored.SizeBytes, command.Stored.Sha256 }),
            cancellationToken);
        return new DocumentView(id, command.DocumentType, fileName, command.Format, command.Stored.SizeBytes, command.Stored.Sha256, now);
    }
}

using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.BuildingBlocks.Storage;
using GovServices.Permits.Domain;
using GovServices.Permits.GetApplication;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.UploadDocument;

/// <summary>
/// The applicant attaches a document. Its format is recognised from the content and must be one the document
/// type accepts; the bytes are stored by content hash before the row is written in its own transaction, so a row
/// never points at missing bytes.
/// </summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="DocumentType">The permit type's document code, for example <c>ktp</c>.</param>
/// <param name="FileName">The uploaded file's name, kept for display only.</param>
/// <param name="Length">The declared length of the content.</param>
/// <param name="Content">The content, seekable.</param>
internal sealed record UploadDocumentCommand(Guid ApplicationId, string DocumentType, string FileName, long Length, Stream Content)
    : ISelfTransactingCommand<Result<DocumentView>>;

internal sealed class UploadDocumentHandler(
    IDbConnectionFactory connections, ICurrentActor actor, [FromKeyedServices(PermitsModule.DocumentStore)] IContentStore store, IMediator mediator, PermitsOptions options)
    : IRequestHandler<UploadDocumentCommand, Result<DocumentView>>
{
    public async ValueTask<Result<DocumentView>> Handle(UploadDocumentCommand request, CancellationToken cancellationToken)
    {
        PermitType type;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            var application = await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(
                ApplicationSql.SelectById, new { id = request.ApplicationId }, cancellationToken: cancellationToken));
            if (Refusal(application) is { } refusal)
                return refusal;
            var typeRow = await connection.QuerySingleAsync<PermitTypeRow>(new CommandDefinition(
                PermitTypeSql.SelectByCode, new { code = application!.TypeCode }, cancellationToken: cancellationToken));
            type = typeRow.ToPermitType();
        }

        var required = type.Documents.SingleOrDefault(document => document.Code == request.DocumentType);
        if (required is null)
        {
            var codes = string.Join(", ", type.Documents.Select(document => document.Code));
            return Unprocessable(
                "document_type_unknown",
                Bilingual.Pick($"A {type.Code} application takes these documents: {codes}.", $"Permohonan {type.Code} menerima dokumen berikut: {codes}."));
        }

        if (request.Length <= 0)
            return Unprocessable("document_empty", Bilingual.Pick("The file is empty.", "Berkas kosong."));
        if (request.Length > options.MaxDocumentBytes)
        {
            return Unprocessable(
                "document_too_large",
                Bilingual.Pick($"A document may have at most {options.MaxDocumentBytes:N0} bytes.", $"Dokumen paling besar {options.MaxDocumentBytes:N0} bita."));
        }

        var head = new byte[DocumentFormat.SignatureLength];
        var headLength = await request.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var format = DocumentFormat.Recognise(head.AsSpan(0, headLength));
        if (format is null)
        {
            return Unprocessable(
                "document_format_unknown",
                Bilingual.Pick("The content is not a PDF, JPEG or PNG file, whatever its name says.", "Isi berkas bukan PDF, JPEG, atau PNG, apa pun nama berkasnya."));
        }

        if (!required.Formats.Contains(format))
        {
            var accepted = string.Join(", ", required.Formats);
            return Unprocessable(
                "document_format_not_accepted",
                Bilingual.Pick($"The content is {format}; {required.NameEn} is accepted as {accepted}.", $"Isi berkas berformat {format}; {required.NameId} diterima dalam format {accepted}."));
        }

        request.Content.Seek(0, SeekOrigin.Begin);
        var stored = await store.SaveAsync(request.Content, cancellationToken);
        if (stored.SizeBytes != request.Length)
            return Unprocessable("document_truncated", Bilingual.Pick("The upload ended before its declared length.", "Unggahan terputus sebelum selesai."));

        return await mediator.Send(
            new RecordDocumentCommand(request.ApplicationId, required.Code, Path.GetFileName(request.FileName.Trim()), format, stored),
            cancellationToken);
    }

    private Error? Refusal(ApplicationRow? application)
    {
        if (application is null || !ApplicationAccess.CanRead(actor, application))
            return ApplicationLifecycle.NotFound;
        if (!ApplicationAccess.IsApplicantSide(actor, application))
            return Error.Forbidden("application_step_not_yours", Bilingual.Pick("Only the applicant uploads documents.", "Hanya pemohon yang dapat mengunggah dokumen."));
        if (!ApplicationStatus.IsEditable(application.Status))
            return RecordDocumentHandler.NotEditable(application.Status);
        return null;
    }

    private static Error Unprocessable(string code, string message) =>
        new(code, message, ErrorKind.Unprocessable, new Dictionary<string, string[]> { ["file"] = [message] });
}

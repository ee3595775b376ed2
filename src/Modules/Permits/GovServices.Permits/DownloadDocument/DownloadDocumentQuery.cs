using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.BuildingBlocks.Storage;
using GovServices.Permits.Domain;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.DownloadDocument;

/// <summary>An uploaded document's content, for those who may read its application.</summary>
internal sealed record DownloadDocumentQuery(Guid ApplicationId, Guid DocumentId) : IQuery<Result<DocumentContent>>;

/// <summary>What is sent back: the bytes, their media type, the name to save them under, their hash.</summary>
internal sealed record DocumentContent(Stream Content, string MediaType, string FileName, string Sha256);

internal sealed class DownloadDocumentHandler(IDbConnectionFactory connections, ICurrentActor actor, [FromKeyedServices(PermitsModule.DocumentStore)] IContentStore store, ApplicantDisclosure disclosure)
    : IQueryHandler<DownloadDocumentQuery, Result<DocumentContent>>
{
    public async ValueTask<Result<DocumentContent>> Handle(DownloadDocumentQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var application = await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(
            ApplicationSql.SelectById, new { id = query.ApplicationId }, cancellationToken: cancellationToken));
        if (application is null || !ApplicationAccess.CanRead(actor, application))
            return ApplicationLifecycle.NotFound;

        var document = await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(
            ApplicationSql.SelectDocument, new { application_id = application.Id, id = query.DocumentId }, cancellationToken: cancellationToken));
        var content = document is null ? null : store.Open(document.StorageKey);
        if (document is null || content is null)
        {
            return Error.NotFound(
                "document_not_found",
                Bilingual.Pick("The application has no such document.", "Permohonan tidak memiliki dokumen tersebut."));
        }

        // An identity card or a certificate carries the applicant's name and NIK: a staff download is a read of them.
        try
        {
            await disclosure.RecordStaffReadAsync([application], "application.document", cancellationToken);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }

        return new DocumentContent(content, DocumentFormat.MediaType(document.Format), document.FileName, document.Sha256);
    }
}

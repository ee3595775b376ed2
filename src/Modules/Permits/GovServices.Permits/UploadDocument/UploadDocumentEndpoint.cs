using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.GetApplication;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.UploadDocument;

internal static class UploadDocumentEndpoint
{
    /// <summary>Room for the multipart boundaries and headers around the largest document.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    private const string UploadPermitDocumentDescription = "multipart/form-data with `file` and `documentType` (a document code of the permit type). The format is recognised from the content's signature (PDF, JPEG, PNG), not from the file name or declared type, and must be one the document accepts; an empty file, one over `Permits:MaxDocumentBytes`, an unknown format or a format not accepted answer 422. Stored with its SHA-256, while the application is a draft or a revision is requested (409 otherwise).";

    public static IEndpointRouteBuilder MapUploadDocument(this IEndpointRouteBuilder group, PermitsOptions options)
    {
        group.MapPost(PermitsApiPaths.Documents, async (Guid id, IFormFile file, [FromForm] string documentType, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await using var content = file.OpenReadStream();
                return (await mediator.Send(new UploadDocumentCommand(id, documentType, file.FileName, file.Length, content), cancellationToken)).Match(document =>
                    TypedResults.Created(PermitsApiPaths.DocumentLocation(id, document.Id), document));
            })
            .RequireScope(PermitsScopes.Apply)
            // Bearer tokens, not cookies, authenticate this API: there is no cross-site form post to forge.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(options.MaxDocumentBytes + MultipartOverheadBytes))
            .Describe("UploadPermitDocument", "Upload a document to a draft", UploadPermitDocumentDescription)
            .Produces<DocumentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }
}

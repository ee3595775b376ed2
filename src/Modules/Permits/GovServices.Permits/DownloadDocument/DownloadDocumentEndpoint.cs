using GovServices.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.DownloadDocument;

internal static class DownloadDocumentEndpoint
{
    private const string DownloadPermitDocumentDescription = "The bytes as uploaded, with their media type (from the recognised format) and their SHA-256 in X-Content-SHA256, for whoever may read the application; 404 otherwise.";

    public static IEndpointRouteBuilder MapDownloadDocument(this IEndpointRouteBuilder group)
    {
        group.MapGet(PermitsApiPaths.Document, async (Guid id, Guid documentId, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DownloadDocumentQuery(id, documentId), cancellationToken)).Match(document =>
                {
                    response.Headers["X-Content-SHA256"] = document.Sha256;
                    response.Headers.XContentTypeOptions = "nosniff";
                    return TypedResults.Stream(document.Content, document.MediaType, document.FileName);
                }))
            .RequirePermitsReader()
            .Describe("DownloadPermitDocument", "Download an uploaded document", DownloadPermitDocumentDescription)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}

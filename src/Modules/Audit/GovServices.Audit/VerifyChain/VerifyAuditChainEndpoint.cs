using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Audit.VerifyChain;

internal static class VerifyAuditChainEndpoint
{
    private const string VerifyAuditChainDescription = "Reads every sealed record of the `module` (schema) in chain order, recomputes its content hash and the chain, and compares each batch with its seal. Answers `intact: true`, or the first `break`: the position, table and record id, and the reason (`edited`, `deleted`, `reordered`, `seal_altered`). Records not sealed yet are not part of the chain.";

    public static IEndpointRouteBuilder MapVerifyAuditChain(this IEndpointRouteBuilder group)
    {
        group.MapGet(AuditApiPaths.Verify, async (string? module, IMediator mediator, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(module))
                {
                    return Error.Validation(new Dictionary<string, string[]>
                    {
                        ["module"] = [Bilingual.Pick("The module to verify is required.", "Modul yang diverifikasi wajib diisi.")],
                    }).ToProblem();
                }

                var result = await mediator.Send(new VerifyAuditChainQuery(module), cancellationToken);
                return result.Match(TypedResults.Ok);
            })
            .RequireScope(Scopes.AuditRead)
            .Describe("VerifyAuditChain", "Recompute a module's hash chain and say whether it is intact (auditors)", VerifyAuditChainDescription)
            .Produces<ChainVerification>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}

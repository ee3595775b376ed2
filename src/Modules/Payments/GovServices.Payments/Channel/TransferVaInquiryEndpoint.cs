using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.Channel;

internal static class TransferVaInquiryEndpoint
{
    private const string TransferVaInquiryDescription = "Signed with X-TIMESTAMP and X-SIGNATURE (HMAC-SHA512 of METHOD:path:access-token:hex(sha256(minified body)):timestamp with the channel's signing key). Answers the amount, the payer's name and the description, or a SNAP code for an unknown, paid, expired or cancelled bill. Codes: docs/payments.md.";

    public static IEndpointRouteBuilder MapTransferVaInquiry(this IEndpointRouteBuilder group)
    {
        group.MapPost(PaymentsApiPaths.TransferVaInquiry, async (HttpRequest request, ChannelCallReader reader, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var call = await reader.ReadAsync<TransferVaInquiryRequest>(request, SnapResponseCode.InquiryService, cancellationToken);
                if (call.Refusal is not null)
                    return call.Refusal.ToHttp();
                return (await mediator.Send(new TransferVaInquiryQuery(call.Request!), cancellationToken)).ToHttp();
            })
            .RequireScope(PaymentsScopes.Channel)
            .Describe("TransferVaInquiry", "Bank channel (SNAP): what is this payment code for?", TransferVaInquiryDescription)
            .Accepts<TransferVaInquiryRequest>("application/json")
            .Produces<SnapResponse>()
            .Produces<SnapResponse>(StatusCodes.Status400BadRequest)
            .Produces<SnapResponse>(StatusCodes.Status401Unauthorized)
            .Produces<SnapResponse>(StatusCodes.Status404NotFound);
        return group;
    }
}

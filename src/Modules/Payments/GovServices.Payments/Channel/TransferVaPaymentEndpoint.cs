using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.Channel;

internal static class TransferVaPaymentEndpoint
{
    public const string ExternalIdHeader = "X-EXTERNAL-ID";

    private const string TransferVaPaymentDescription = "Signed like the inquiry, plus X-EXTERNAL-ID, unique per channel per calendar day of X-TIMESTAMP in the bank's time zone (WIB unless configured): the same notification again gets the first answer; the same X-EXTERNAL-ID with another body gets 4092500. An amount mismatch (4042513), an expired or cancelled bill (4042519) or an unknown code (4042512) is refused and flagged; a second payment of a paid invoice under another bank reference is accepted and flagged as a double payment to refund. The invoice, its receipt, the InvoicePaid event and the answer are committed before the answer is sent. Codes: docs/payments.md.";

    public static IEndpointRouteBuilder MapTransferVaPayment(this IEndpointRouteBuilder group)
    {
        group.MapPost(PaymentsApiPaths.TransferVaPayment, async (HttpRequest request, ChannelCallReader reader, ICurrentActor actor, PaymentsOptions options, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var call = await reader.ReadAsync<TransferVaPaymentRequest>(request, SnapResponseCode.PaymentService, cancellationToken);
                if (call.Refusal is not null)
                    return call.Refusal.ToHttp();
                var externalId = request.Headers[ExternalIdHeader].ToString();
                if (externalId.Length is 0 or > 64)
                    return SnapAnswer.Of(SnapResponseCode.InvalidMandatoryField.With(ExternalIdHeader), SnapResponseCode.PaymentService).ToHttp();
                // The bank's calendar day of X-TIMESTAMP, whatever offset the bank wrote it with (docs/adr/0014).
                var day = options.ChannelDay(actor.ClientId!, call.Timestamp);
                return (await mediator.Send(new TransferVaPaymentCommand(externalId, day, call.BodyHash, call.Request!), cancellationToken)).ToHttp();
            })
            .RequireScope(PaymentsScopes.Channel)
            .Describe("TransferVaPayment", "Bank channel (SNAP): a payment code was paid", TransferVaPaymentDescription)
            .Accepts<TransferVaPaymentRequest>("application/json")
            .Produces<SnapResponse>()
            .Produces<SnapResponse>(StatusCodes.Status400BadRequest)
            .Produces<SnapResponse>(StatusCodes.Status401Unauthorized)
            .Produces<SnapResponse>(StatusCodes.Status404NotFound)
            .Produces<SnapResponse>(StatusCodes.Status409Conflict);
        return group;
    }
}

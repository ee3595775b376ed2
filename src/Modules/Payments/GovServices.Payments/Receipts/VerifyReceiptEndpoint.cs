using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Payments.Receipts;

internal static class VerifyReceiptEndpoint
{
    private const string VerifyReceiptDescription = "No token needed. Always 200: valid true for a genuine receipt whose payment stands; valid false for an unknown code, and for a fully refunded receipt (with status refunded). Shows only the receipt number, amount, payment time and the payer's name masked to initials.";

    public static IEndpointRouteBuilder MapVerifyReceipt(this IEndpointRouteBuilder group)
    {
        group.MapGet(PaymentsApiPaths.VerifyReceipt, async (string code, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new VerifyReceiptQuery(code), cancellationToken)))
            .AllowPublicAccess("Permit counters, notaries and payers check a paper receipt by the verification code printed on it, without an account. The code has 128 random bits, so receipts cannot be walked through; the answer is valid or invalid with the receipt number, amount, date and the payer's name masked. Rate-limited per IP.")
            .RequireRateLimiting(RateLimitPolicies.Public)
            .Describe("VerifyReceipt", "Check a receipt by its verification code (public)", VerifyReceiptDescription)
            .Produces<ReceiptVerification>();
        return group;
    }
}

using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.ChangeStatus;
using GovServices.Permits.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Permits.ReissueInvoice;

/// <summary>A new invoice after the last one expired: the officer issues it, or the applicant asks for it.</summary>
internal static class ReissueInvoiceEndpoints
{
    private const string Rules = "Only for an application in fee_assessed whose invoice expired unpaid (InvoiceExpired from Payments clears its payment code): the same fee, a new invoice with a new payment code and expiry; the expired invoice stays in the history (`expire_invoice`). While the invoice can still be paid, 409 `invoice_still_payable`. A retry issues no second invoice. If-Match is required (428 without, 412 when stale); from any other status, 409.";

    private const string ReissuePermitInvoiceDescription = $"An officer of the issuing OPD issues the new invoice. {Rules}";
    private const string RequestNewPermitInvoiceDescription = $"The applicant (or the app that applied for them) asks for the new invoice. {Rules}";

    public static IEndpointRouteBuilder MapReissueInvoice(this IEndpointRouteBuilder group)
    {
        group.MapPost(PermitsApiPaths.ReissueInvoice, (Guid id, ApplicationStepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ReissueInvoiceCommand(id, version, ApplicationActions.ReissueInvoice, body?.Note), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Review, Roles.Officer)
            .DescribeStep("ReissuePermitInvoice", "Issue a new invoice after the last one expired (officer)", ReissuePermitInvoiceDescription);

        group.MapPost(PermitsApiPaths.RequestNewInvoice, (Guid id, ApplicationStepNote? body, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new ReissueInvoiceCommand(id, version, ApplicationActions.RequestNewInvoice, body?.Note), summary => summary.Version, cancellationToken))
            .RequireScope(PermitsScopes.Apply)
            .DescribeStep("RequestNewPermitInvoice", "Ask for a new invoice after the last one expired (applicant)", RequestNewPermitInvoiceDescription);
        return group;
    }
}

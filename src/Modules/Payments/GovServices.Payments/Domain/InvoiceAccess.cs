using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;

namespace GovServices.Payments.Domain;

/// <summary>
/// Who may see an invoice and its receipt: officers' systems (payments.manage) any; with payments.read the client that
/// issued it, and the citizen it was issued to (by NIK). Anyone else is told it does not exist.
/// </summary>
internal sealed class InvoiceAccess(ICurrentActor actor, IHttpContextAccessor httpContext)
{
    public bool MaySee(Invoice invoice)
    {
        if (httpContext.HttpContext?.User.HasScope(PaymentsScopes.Manage) == true)
            return true;
        if (actor.UserId is null && actor.ClientId is not null && actor.ClientId == invoice.CreatedByClient)
            return true;
        return IsPayer(invoice);
    }

    /// <summary>The citizen the invoice was issued to, matched by NIK.</summary>
    public bool IsPayer(Invoice invoice) => actor.Nik is not null && actor.Nik == invoice.PayerNik;

    /// <summary>Refunds carry the officers' reasons: officers' systems and the payer see them, not the issuing client alone.</summary>
    public bool MaySeeRefunds(Invoice invoice) =>
        httpContext.HttpContext?.User.HasScope(PaymentsScopes.Manage) == true
        || IsPayer(invoice);
}

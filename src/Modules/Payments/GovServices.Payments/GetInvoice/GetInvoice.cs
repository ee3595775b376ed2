using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.Domain;
using GovServices.Payments.IssueInvoice;
using Mediator;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;

namespace GovServices.Payments.GetInvoice;

internal sealed record GetInvoice(Guid Id) : IQuery<Result<InvoiceView>>;

/// <summary>
/// Officers' systems (payments.manage) read any invoice; with payments.read a client reads the invoices it issued and
/// a citizen the invoices issued to their NIK. Anyone else is told it does not exist.
/// </summary>
internal sealed class GetInvoiceHandler(IDbConnectionFactory connections, ICurrentActor actor, IHttpContextAccessor httpContext, TimeProvider clock)
    : IQueryHandler<GetInvoice, Result<InvoiceView>>
{
    public async ValueTask<Result<InvoiceView>> Handle(GetInvoice query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var invoice = await connection.QuerySingleOrDefaultAsync<Invoice>(new CommandDefinition(
            InvoiceSql.SelectById, new { id = query.Id }, cancellationToken: cancellationToken));
        if (invoice is null || !MaySee(invoice))
            return Error.NotFound("invoice_not_found", "There is no such invoice.");
        return InvoiceView.From(invoice, clock.GetUtcNow());
    }

    private bool MaySee(Invoice invoice)
    {
        if (httpContext.HttpContext?.User.HasScope(Scopes.PaymentsManage) == true)
            return true;
        if (actor.UserId is null && actor.ClientId is not null && actor.ClientId == invoice.CreatedByClient)
            return true;
        return actor.Nik is not null && actor.Nik == invoice.PayerNik;
    }
}

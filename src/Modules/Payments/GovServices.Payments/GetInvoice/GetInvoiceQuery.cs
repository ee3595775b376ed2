using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.Payments.Domain;
using GovServices.Payments.IssueInvoice;
using Mediator;

namespace GovServices.Payments.GetInvoice;

internal sealed record GetInvoiceQuery(Guid Id) : IQuery<Result<InvoiceView>>;

/// <summary>Reads an invoice for those <see cref="InvoiceAccess"/> lets see it; anyone else is told it does not exist.</summary>
internal sealed class GetInvoiceHandler(IDbConnectionFactory connections, InvoiceAccess access, PayerDisclosure disclosure, TimeProvider clock)
    : IQueryHandler<GetInvoiceQuery, Result<InvoiceView>>
{
    public async ValueTask<Result<InvoiceView>> Handle(GetInvoiceQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var invoice = await connection.QuerySingleOrDefaultAsync<Invoice>(new CommandDefinition(
            InvoiceSql.SelectById, new { id = query.Id }, cancellationToken: cancellationToken));
        if (invoice is null || !access.MaySee(invoice))
            return Error.NotFound("invoice_not_found", "There is no such invoice.");

        await disclosure.RecordInvoiceReadAsync(invoice, "invoice.read", cancellationToken);
        return InvoiceView.From(invoice, clock.GetUtcNow());
    }
}

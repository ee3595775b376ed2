using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Payments.Contracts;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.ExpireInvoices;

/// <summary>Marks up to <paramref name="BatchSize"/> pending invoices past their expiry as expired; answers how many.</summary>
internal sealed record ExpireInvoicesCommand(int BatchSize) : ICommand<int>;

/// <summary>
/// Each invoice becomes expired only if it is still pending at the version read, so a payment committed meanwhile
/// wins, and two host instances never publish <see cref="InvoiceExpired"/> twice for one invoice.
/// </summary>
internal sealed class ExpireInvoicesHandler(IUnitOfWork unitOfWork, IOutbox outbox, IAuditTrail auditTrail, TimeProvider clock)
    : ICommandHandler<ExpireInvoicesCommand, int>
{
    public async ValueTask<int> Handle(ExpireInvoicesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await unitOfWork.QueryAsync<Invoice>(
            InvoiceSql.SelectExpiring(unitOfWork.Dialect),
            new { now, limit = command.BatchSize },
            cancellationToken);

        var expired = 0;
        foreach (var invoice in due)
        {
            var updated = await unitOfWork.ExecuteAsync(
                InvoiceSql.MarkExpired, new { id = invoice.Id, version = invoice.Version }, cancellationToken);
            if (updated == 0)
                continue;

            await outbox.EnqueueAsync(PaymentsModule.Schema, new InvoiceExpired(invoice.Id, invoice.SourceModule, invoice.SourceReference, invoice.ExpiresAt, invoice.Audience), cancellationToken);
            await auditTrail.RecordAsync(PaymentsModule.Schema, new AuditEvent("invoice.expired", "invoice", invoice.Id.ToString()), cancellationToken);
            expired++;
        }

        return expired;
    }
}

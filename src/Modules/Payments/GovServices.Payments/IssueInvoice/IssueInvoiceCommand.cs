using System.Text.Json.Serialization;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.Contracts;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.IssueInvoice;

/// <summary>Issue an invoice for a source module's record; asking again for the same record answers the first invoice.</summary>
/// <param name="Source">The module and its record the invoice is for; unique: the invoice's idempotency key.</param>
/// <param name="Amount">Whole rupiah, more than zero.</param>
/// <param name="Description">What is paid for, shown to the payer and at the bank.</param>
/// <param name="PayerName">The payer's name as the bank shows it.</param>
/// <param name="PayerNik">The payer's NIK when known; masked in every answer.</param>
/// <param name="DueAt">When payment is due, if earlier than the expiry.</param>
/// <param name="ExpiresAt">When the payment code stops being payable; by default a week from now.</param>
internal sealed record IssueInvoiceCommand(
    InvoiceSource Source,
    long Amount,
    string Description,
    string PayerName,
    string? PayerNik = null,
    DateTimeOffset? DueAt = null,
    DateTimeOffset? ExpiresAt = null) : ICommand<Result<InvoiceIssuance>>
{
    /// <summary>
    /// Who the invoice concerns, as an asking module names it through <see cref="IInvoiceIssuer"/>; never read from the
    /// HTTP body, so a caller of the API cannot route an invoice's events to another party. Left out (the API), it is
    /// the calling client and the officer's OPD.
    /// </summary>
    [JsonIgnore]
    public EventAudience? Audience { get; init; }
}

/// <summary>Which module's record an invoice is for.</summary>
/// <param name="Module">For example <c>permits</c>.</param>
/// <param name="Reference">That module's own record, for example an application number.</param>
internal sealed record InvoiceSource(string Module, string Reference);

/// <summary>The invoice, and whether this call created it.</summary>
internal sealed record InvoiceIssuance(InvoiceView Invoice, bool Created);

internal sealed class IssueInvoiceHandler(
    IUnitOfWork unitOfWork, IAuditTrail auditTrail, IOutbox outbox, ICurrentActor actor, PaymentsOptions options, TimeProvider clock)
    : ICommandHandler<IssueInvoiceCommand, Result<InvoiceIssuance>>
{
    private const int MaxCodeAttempts = 5;

    public async ValueTask<Result<InvoiceIssuance>> Handle(IssueInvoiceCommand command, CancellationToken cancellationToken)
    {
        var existing = await FindBySourceAsync(command.Source, cancellationToken);
        if (existing is not null)
            return Repeat(command, existing);

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var audience = command.Audience ?? new EventAudience(actor.ClientId, actor.Opd);
        var insert = unitOfWork.Dialect.InsertIfAbsent(InvoiceSql.Table, InvoiceSql.InsertColumns, InvoiceSql.SourceKey);
        for (var attempt = 1; ; attempt++)
        {
            var code = PaymentCode.New(options.InstitutionPrefix, options.PaymentCodeLength);
            // A savepoint lets a payment-code collision be retried without aborting the whole transaction (PostgreSQL).
            await unitOfWork.Transaction.SaveAsync("payment_code", cancellationToken);
            try
            {
                var inserted = await unitOfWork.ExecuteAsync(insert, new
                {
                    id,
                    payment_code = code,
                    amount = command.Amount,
                    description = command.Description.Trim(),
                    payer_name = command.PayerName.Trim(),
                    payer_nik = command.PayerNik,
                    source_module = command.Source.Module,
                    source_reference = command.Source.Reference,
                    due_at = command.DueAt?.ToUniversalTime(),
                    expires_at = (command.ExpiresAt ?? now + options.DefaultValidity).ToUniversalTime(),
                    status = InvoiceStatus.Pending,
                    created_at = now,
                    created_by_client = actor.ClientId,
                    version = 1,
                    owner_client_id = audience.OwnerClientId,
                    owner_opd = audience.Opd,
                }, cancellationToken);

                if (inserted == 0)
                {
                    // A concurrent request for the same source committed first: answer its invoice.
                    var winner = await FindBySourceAsync(command.Source, cancellationToken)
                        ?? throw new InvalidOperationException("The invoice of a conflicting source disappeared.");
                    return Repeat(command, winner);
                }

                break;
            }
            catch (Exception exception) when (unitOfWork.Dialect.IsUniqueViolation(exception) && attempt < MaxCodeAttempts)
            {
                await unitOfWork.Transaction.RollbackAsync("payment_code", cancellationToken);
            }
        }

        var invoice = await unitOfWork.QuerySingleAsync<Invoice>(InvoiceSql.SelectById, new { id }, cancellationToken);
        await auditTrail.RecordAsync(PaymentsModule.Schema, new AuditEvent(
            "invoice.issued", "invoice", id.ToString(), Details: new { invoice.SourceModule, invoice.SourceReference, invoice.Amount }), cancellationToken);
        await outbox.EnqueueAsync(PaymentsModule.Schema, new InvoiceIssued(
            invoice.Id, invoice.SourceModule, invoice.SourceReference, invoice.Amount, invoice.ExpiresAt, invoice.CreatedAt, invoice.Audience), cancellationToken);
        return new InvoiceIssuance(InvoiceView.From(invoice, now), Created: true);
    }

    private Task<Invoice?> FindBySourceAsync(InvoiceSource source, CancellationToken cancellationToken) =>
        unitOfWork.QuerySingleOrDefaultAsync<Invoice>(
            InvoiceSql.SelectBySource,
            new { source_module = source.Module, source_reference = source.Reference },
            cancellationToken);

    private Result<InvoiceIssuance> Repeat(IssueInvoiceCommand command, Invoice existing)
    {
        var same = existing.Amount == command.Amount
            && string.Equals(existing.PayerName, command.PayerName.Trim(), StringComparison.Ordinal)
            && string.Equals(existing.PayerNik, command.PayerNik, StringComparison.Ordinal);
        if (!same)
        {
            return Error.Conflict(
                "invoice_source_conflict",
                "An invoice with another amount or payer was already issued for this source and reference.");
        }

        return new InvoiceIssuance(InvoiceView.From(existing, clock.GetUtcNow()), Created: false);
    }
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.Contracts;
using GovServices.Permits.Domain;
using GovServices.Permits.ListApplications;
using Mediator;

namespace GovServices.Permits.ReissueInvoice;

/// <summary>Records the new invoice of an application whose last one expired: it waits for payment again, with the new code.</summary>
internal sealed record RecordNewInvoiceCommand(Guid Id, int ExpectedVersion, string Action, IssuedInvoice Invoice, string? Note) : ICommand<Result<ApplicationSummary>>;

internal sealed class RecordNewInvoiceHandler(ApplicationLifecycle lifecycle, ICurrentActor actor, WorkingDayCalendar calendar, TimeProvider clock)
    : ICommandHandler<RecordNewInvoiceCommand, Result<ApplicationSummary>>
{
    public async ValueTask<Result<ApplicationSummary>> Handle(RecordNewInvoiceCommand command, CancellationToken cancellationToken)
    {
        var loaded = await lifecycle.LoadAsync(command.Id, command.Action, command.ExpectedVersion, cancellationToken);
        if (!loaded.IsSuccess)
            return loaded.Error;

        var current = loaded.Value;
        var now = clock.GetUtcNow();
        if (ReissueInvoiceHandler.HasPayableInvoice(current, now))
            return ReissueInvoiceHandler.StillPayable;

        var type = await lifecycle.LoadTypeAsync(current.TypeCode, cancellationToken);
        var changed = current with
        {
            InvoiceId = command.Invoice.InvoiceId,
            PaymentCode = command.Invoice.PaymentCode,
            InvoiceExpiresAt = command.Invoice.ExpiresAt,
        };
        var moved = await lifecycle.MoveAsync(
            current,
            changed,
            command.Action,
            type.Sla,
            command.Note?.Trim(),
            new { amount = command.Invoice.Amount, invoice = command.Invoice.InvoiceId, paymentCode = command.Invoice.PaymentCode, replaces = current.InvoiceId },
            cancellationToken);
        return moved.IsSuccess ? ApplicationSummary.From(moved.Value, actor, calendar, calendar.LocalDate(now)) : moved.Error;
    }
}

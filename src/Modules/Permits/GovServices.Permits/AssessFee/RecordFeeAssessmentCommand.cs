using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Security;
using GovServices.Payments.Contracts;
using GovServices.Permits.Domain;
using GovServices.Permits.ListApplications;
using Mediator;

namespace GovServices.Permits.AssessFee;

/// <summary>Records the assessed fee and its invoice: the application waits for payment.</summary>
internal sealed record RecordFeeAssessmentCommand(Guid Id, int ExpectedVersion, IssuedInvoice Invoice, string? Note) : ICommand<Result<ApplicationSummary>>;

internal sealed class RecordFeeAssessmentHandler(ApplicationLifecycle lifecycle, ICurrentActor actor, WorkingDayCalendar calendar, TimeProvider clock)
    : ICommandHandler<RecordFeeAssessmentCommand, Result<ApplicationSummary>>
{
    public async ValueTask<Result<ApplicationSummary>> Handle(RecordFeeAssessmentCommand command, CancellationToken cancellationToken)
    {
        var loaded = await lifecycle.LoadAsync(command.Id, ApplicationActions.AssessFee, command.ExpectedVersion, cancellationToken);
        if (!loaded.IsSuccess)
            return loaded.Error;

        var current = loaded.Value;
        var type = await lifecycle.LoadTypeAsync(current.TypeCode, cancellationToken);
        var changed = current with
        {
            FeeAmount = command.Invoice.Amount,
            InvoiceId = command.Invoice.InvoiceId,
            PaymentCode = command.Invoice.PaymentCode,
            InvoiceExpiresAt = command.Invoice.ExpiresAt,
        };
        var moved = await lifecycle.MoveAsync(
            current, changed, ApplicationActions.AssessFee, type.Sla, command.Note?.Trim(), new { amount = command.Invoice.Amount, invoice = command.Invoice.InvoiceId }, cancellationToken);
        return moved.IsSuccess ? ApplicationSummary.From(moved.Value, actor, calendar, calendar.LocalDate(clock.GetUtcNow())) : moved.Error;
    }
}

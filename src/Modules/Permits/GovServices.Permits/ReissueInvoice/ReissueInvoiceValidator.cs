using FluentValidation;

namespace GovServices.Permits.ReissueInvoice;

internal sealed class ReissueInvoiceValidator : AbstractValidator<ReissueInvoiceCommand>
{
    public ReissueInvoiceValidator() => RuleFor(command => command.Note).MaximumLength(2000);
}

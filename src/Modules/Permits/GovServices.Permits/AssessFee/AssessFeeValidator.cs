using FluentValidation;

namespace GovServices.Permits.AssessFee;

internal sealed class AssessFeeValidator : AbstractValidator<AssessFeeCommand>
{
    public AssessFeeValidator()
    {
        RuleFor(command => command.Amount).InclusiveBetween(1, 100_000_000_000);
        RuleFor(command => command.Note).MaximumLength(2000);
    }
}

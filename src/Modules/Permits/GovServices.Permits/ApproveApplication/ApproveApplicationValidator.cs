using FluentValidation;

namespace GovServices.Permits.ApproveApplication;

internal sealed class ApproveApplicationValidator : AbstractValidator<ApproveApplicationCommand>
{
    public ApproveApplicationValidator()
    {
        RuleFor(command => command.Note).MaximumLength(2000);
    }
}

using FluentValidation;

namespace GovServices.Permits.ApproveApplication;

internal sealed class ApproveApplicationValidator : AbstractValidator<ApproveApplication>
{
    public ApproveApplicationValidator()
    {
        RuleFor(command => command.Note).MaximumLength(2000);
    }
}

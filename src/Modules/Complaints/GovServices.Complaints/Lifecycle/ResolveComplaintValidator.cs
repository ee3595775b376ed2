using FluentValidation;

namespace GovServices.Complaints.Lifecycle;

internal sealed class ResolveComplaintValidator : ComplaintStepValidator<ResolveComplaintCommand>
{
    public ResolveComplaintValidator()
    {
        RuleFor(command => command.Answer).NotEmpty().MaximumLength(4000).OverridePropertyName("answer");
    }
}

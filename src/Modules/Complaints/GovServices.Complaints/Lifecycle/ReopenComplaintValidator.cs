using FluentValidation;

namespace GovServices.Complaints.Lifecycle;

internal sealed class ReopenComplaintValidator : ComplaintStepValidator<ReopenComplaintCommand>
{
    public ReopenComplaintValidator()
    {
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(MaxNoteLength).OverridePropertyName("reason");
    }
}

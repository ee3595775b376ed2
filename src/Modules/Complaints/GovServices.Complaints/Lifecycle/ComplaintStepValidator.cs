using FluentValidation;

namespace GovServices.Complaints.Lifecycle;

/// <summary>The rules every lifecycle command shares; the commands with more input add theirs.</summary>
internal class ComplaintStepValidator<TStep> : AbstractValidator<TStep>
    where TStep : IComplaintStep
{
    public const int MaxNoteLength = 2000;

    public ComplaintStepValidator()
    {
        RuleFor(step => step.Note).MaximumLength(MaxNoteLength).OverridePropertyName("note");
    }
}

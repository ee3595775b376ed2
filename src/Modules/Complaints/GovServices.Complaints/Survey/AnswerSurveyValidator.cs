using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Survey;

internal sealed class AnswerSurveyValidator : AbstractValidator<AnswerSurveyCommand>
{
    public AnswerSurveyValidator()
    {
        RuleFor(command => command.Answer)
            .Must(answer => SurveyAnswer.All.Contains(answer))
            .WithMessage(_ => Bilingual.Pick("The answer is fixed or not_fixed.", "Jawabannya fixed atau not_fixed."))
            .OverridePropertyName("answer");
        RuleFor(command => command.Token)
            .NotEmpty()
            .MaximumLength(512)
            .When(command => command.ComplaintId is null)
            .OverridePropertyName("token");
    }
}

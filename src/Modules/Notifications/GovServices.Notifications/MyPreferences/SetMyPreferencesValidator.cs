using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Notifications.Messages;

namespace GovServices.Notifications.MyPreferences;

internal sealed class SetMyPreferencesValidator : AbstractValidator<SetMyPreferencesCommand>
{
    public SetMyPreferencesValidator()
    {
        RuleFor(command => command.Language)
            .Must(language => MessagePreferences.Languages.Contains(language!))
            .When(command => command.Language is not null)
            .WithMessage(_ => Bilingual.Pick("The language must be id or en.", "Bahasa harus id atau en."));
    }
}

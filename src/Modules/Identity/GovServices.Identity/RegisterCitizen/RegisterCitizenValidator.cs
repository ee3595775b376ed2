using FluentValidation;
using GovServices.CivilRegistry.Contracts;
using GovServices.Identity.Users;

namespace GovServices.Identity.RegisterCitizen;

internal sealed class RegisterCitizenValidator : AbstractValidator<RegisterCitizenCommand>
{
    public RegisterCitizenValidator()
    {
        // The civil registry's rules, so a NIK is judged the same everywhere; the message names the wrong part.
        RuleFor(command => command.Nik).Custom((text, context) =>
        {
            if (!Nik.TryParse(text, out _, out var error))
                context.AddFailure(error.Message);
        });
        RuleFor(command => command.FullName).FullNameRules();
        RuleFor(command => command.Email).EmailRules();
        RuleFor(command => command.Password).PasswordRules();
    }
}

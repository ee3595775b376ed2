using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.CivilRegistry.Contracts;

namespace GovServices.CivilRegistry.VerifyResident;

internal sealed class VerifyResidentValidator : AbstractValidator<VerifyResidentQuery>
{
    public VerifyResidentValidator(CivilRegistryOptions options)
    {
        RuleFor(command => command.Nik).NikRules();
        RuleFor(command => command.Purpose).PurposeRules(options);
        RuleFor(command => command.FullName).MaximumLength(200).Must(name => name is null || name.Trim().Length > 0)
            .WithMessage(_ => Bilingual.Pick("Leave the name out, or give one.", "Kosongkan nama, atau isi dengan nama."));
        RuleFor(command => command.BirthPlace).MaximumLength(200);
        RuleFor(command => command.Kelurahan).MaximumLength(100);
        RuleFor(command => command.Sex).IsInEnum();
    }
}

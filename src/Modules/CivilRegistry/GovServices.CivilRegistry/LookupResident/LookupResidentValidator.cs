using FluentValidation;

namespace GovServices.CivilRegistry.LookupResident;

internal sealed class LookupResidentValidator : AbstractValidator<LookupResidentQuery>
{
    public LookupResidentValidator(CivilRegistryOptions options)
    {
        RuleFor(query => query.Nik).NikRules();
        RuleFor(query => query.Purpose).PurposeRules(options);
    }
}

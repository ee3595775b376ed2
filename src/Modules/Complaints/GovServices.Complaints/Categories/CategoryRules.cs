using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Categories;

/// <summary>The rules on a category's fields, for creating and for changing one.</summary>
internal static class CategoryRules
{
    public const string OpdPattern = "^[A-Z][A-Z0-9_]{1,49}$";

    public static void NamesAndRouting<T>(AbstractValidator<T> validator, Func<T, string> nameId, Func<T, string> nameEn, Func<T, string> description, Func<T, string> opd, Func<T, int> sla, Func<T, int> sortOrder, Func<T, int> duplicateRadius)
    {
        validator.RuleFor(command => nameId(command)).NotEmpty().MaximumLength(100).OverridePropertyName("nameId");
        validator.RuleFor(command => nameEn(command)).NotEmpty().MaximumLength(100).OverridePropertyName("nameEn");
        validator.RuleFor(command => description(command)).NotEmpty().MaximumLength(500).OverridePropertyName("description");
        validator.RuleFor(command => opd(command)).NotEmpty().Matches(OpdPattern).OverridePropertyName("opd")
            .WithMessage(_ => Bilingual.Pick("An OPD code is 2 to 50 capital letters, digits or underscores, for example DLH.", "Kode OPD terdiri atas 2 sampai 50 huruf kapital, angka, atau garis bawah, misalnya DLH."));
        validator.RuleFor(command => sla(command)).InclusiveBetween(1, 60).OverridePropertyName("slaWorkingDays");
        validator.RuleFor(command => sortOrder(command)).InclusiveBetween(0, 1000).OverridePropertyName("sortOrder");
        validator.RuleFor(command => duplicateRadius(command)).InclusiveBetween(NearbyComplaints.MinRadiusMetres, NearbyComplaints.MaxRadiusMetres).OverridePropertyName("duplicateRadiusMetres");
    }
}

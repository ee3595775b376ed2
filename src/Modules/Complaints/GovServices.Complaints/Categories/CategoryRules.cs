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

    /// <summary>The questions a category asks: Open311's datatypes, codes unique, list questions with their choices and no others.</summary>
    public static void Questions<T>(AbstractValidator<T> validator, Func<T, IReadOnlyList<CategoryAttribute>?> attributes)
    {
        validator.RuleFor(command => attributes(command)).Must(list => list is null || list.Count <= CategoryAttributes.MaxAttributes).OverridePropertyName("attributes")
            .WithMessage(_ => Bilingual.Pick($"A category asks at most {CategoryAttributes.MaxAttributes} questions.", $"Satu kategori menanyakan paling banyak {CategoryAttributes.MaxAttributes} pertanyaan."));
        validator.RuleFor(command => attributes(command)).Must(list => list is null || list.Select(attribute => attribute.Code).Distinct(StringComparer.Ordinal).Count() == list.Count)
            .OverridePropertyName("attributes")
            .WithMessage(_ => Bilingual.Pick("Each question needs a code of its own.", "Setiap pertanyaan memerlukan kode sendiri."));
        validator.RuleForEach(command => attributes(command) ?? Array.Empty<CategoryAttribute>()).NotNull().ChildRules(attribute =>
        {
            attribute.RuleFor(item => item.Code).NotEmpty().Matches(CategoryAttributes.CodePattern)
                .WithMessage(_ => Bilingual.Pick("A question's code is 1 to 50 lower-case letters, digits or underscores, starting with a letter.", "Kode pertanyaan terdiri atas 1 sampai 50 huruf kecil, angka, atau garis bawah, diawali huruf."));
            attribute.RuleFor(item => item.LabelId).NotEmpty().MaximumLength(200);
            attribute.RuleFor(item => item.LabelEn).NotEmpty().MaximumLength(200);
            attribute.RuleFor(item => item.Order).InclusiveBetween(0, 1000);
            attribute.RuleFor(item => item.Datatype).Must(datatype => AttributeDatatype.All.Contains(datatype))
                .WithMessage(_ => Bilingual.Pick(
                    $"The datatype is one of {string.Join(", ", AttributeDatatype.All)}.",
                    $"Tipe data salah satu dari {string.Join(", ", AttributeDatatype.All)}."));
            attribute.RuleFor(item => item.Values).Must(values => values is { Count: >= 1 and <= CategoryAttributes.MaxValues })
                .When(item => AttributeDatatype.IsList(item.Datatype))
                .WithMessage(_ => Bilingual.Pick($"A list question offers 1 to {CategoryAttributes.MaxValues} values.", $"Pertanyaan pilihan menawarkan 1 sampai {CategoryAttributes.MaxValues} nilai."));
            attribute.RuleFor(item => item.Values).Must(values => values is null || values.Count == 0)
                .When(item => !AttributeDatatype.IsList(item.Datatype))
                .WithMessage(_ => Bilingual.Pick("Only a singlevaluelist or multivaluelist question offers values.", "Hanya pertanyaan singlevaluelist atau multivaluelist yang menawarkan nilai."));
            attribute.RuleFor(item => item.Values).Must(values => values is null || values.Select(value => value.Key).Distinct(StringComparer.Ordinal).Count() == values.Count)
                .WithMessage(_ => Bilingual.Pick("Each value needs a key of its own.", "Setiap nilai memerlukan kunci sendiri."));
            attribute.RuleForEach(item => item.Values ?? Array.Empty<CategoryAttributeValue>()).NotNull().ChildRules(value =>
            {
                value.RuleFor(item => item.Key).NotEmpty().Matches(CategoryAttributes.ValueKeyPattern)
                    .WithMessage(_ => Bilingual.Pick("A value's key is 1 to 50 letters, digits, underscores or hyphens.", "Kunci nilai terdiri atas 1 sampai 50 huruf, angka, garis bawah, atau tanda hubung."));
                value.RuleFor(item => item.NameId).NotEmpty().MaximumLength(200);
                value.RuleFor(item => item.NameEn).NotEmpty().MaximumLength(200);
            }).OverridePropertyName("values");
        }).OverridePropertyName("attributes");
    }
}

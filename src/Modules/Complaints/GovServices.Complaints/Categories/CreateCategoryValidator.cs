using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Categories;

internal sealed class CreateCategoryValidator : AbstractValidator<CreateCategoryCommand>
{
    public CreateCategoryValidator()
    {
        RuleFor(command => command.Category.Code).NotEmpty().Matches("^[a-z][a-z0-9_]{1,49}$").OverridePropertyName("code")
            .WithMessage(_ => Bilingual.Pick("A category code is 2 to 50 lower-case letters, digits or underscores, for example parkir_liar.", "Kode kategori terdiri atas 2 sampai 50 huruf kecil, angka, atau garis bawah, misalnya parkir_liar."));
        CategoryRules.NamesAndRouting(
            this,
            command => command.Category.NameId,
            command => command.Category.NameEn,
            command => command.Category.Description,
            command => command.Category.Opd,
            command => command.Category.SlaWorkingDays,
            command => command.Category.SortOrder,
            command => command.Category.DuplicateRadiusMetres);
        CategoryRules.Questions(this, command => command.Category.Attributes);
    }
}

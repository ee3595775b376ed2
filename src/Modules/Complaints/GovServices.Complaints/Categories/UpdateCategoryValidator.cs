using FluentValidation;

namespace GovServices.Complaints.Categories;

internal sealed class UpdateCategoryValidator : AbstractValidator<UpdateCategoryCommand>
{
    public UpdateCategoryValidator()
    {
        When(command => command.Fields is not null, () => CategoryRules.NamesAndRouting(
            this,
            command => command.Fields!.NameId,
            command => command.Fields!.NameEn,
            command => command.Fields!.Description,
            command => command.Fields!.Opd,
            command => command.Fields!.SlaWorkingDays,
            command => command.Fields!.SortOrder,
            command => command.Fields!.DuplicateRadiusMetres));
        When(command => command.Fields is not null, () => CategoryRules.Questions(this, command => command.Fields!.Attributes));
    }
}

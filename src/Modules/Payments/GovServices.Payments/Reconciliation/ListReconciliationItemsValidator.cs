using FluentValidation;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Payments.Reconciliation;

internal sealed class ListReconciliationItemsValidator : AbstractValidator<ListReconciliationItemsQuery>
{
    public ListReconciliationItemsValidator()
    {
        RuleFor(query => query.Status)
            .Must(status => status is "open" or "resolved")
            .WithMessage(_ => Bilingual.Pick("The status is open or resolved.", "Status adalah open atau resolved."));
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(KeysetCursor.IsSortKey);
    }
}

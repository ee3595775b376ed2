using FluentValidation;
using GovServices.BuildingBlocks.Http;

namespace GovServices.Payments.Refunds;

/// <summary>Runs before the handler looks the invoice up, as the cursor check did: a bad cursor is a 400 even on an invoice the caller may not see.</summary>
internal sealed class ListRefundsValidator : AbstractValidator<ListRefundsQuery>
{
    public ListRefundsValidator()
    {
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(KeysetCursor.IsSortKey);
    }
}

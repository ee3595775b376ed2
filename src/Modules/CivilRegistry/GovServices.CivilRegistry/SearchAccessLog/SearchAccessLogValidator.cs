using FluentValidation;
using GovServices.BuildingBlocks.Http;

namespace GovServices.CivilRegistry.SearchAccessLog;

internal sealed class SearchAccessLogValidator : AbstractValidator<SearchAccessLogQuery>
{
    public SearchAccessLogValidator()
    {
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(KeysetCursor.IsSortKey);
    }
}

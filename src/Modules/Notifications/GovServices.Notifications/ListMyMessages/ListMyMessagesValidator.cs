using FluentValidation;
using GovServices.BuildingBlocks.Http;

namespace GovServices.Notifications.ListMyMessages;

internal sealed class ListMyMessagesValidator : AbstractValidator<ListMyMessagesQuery>
{
    public ListMyMessagesValidator()
    {
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(KeysetCursor.IsSortKey);
    }
}

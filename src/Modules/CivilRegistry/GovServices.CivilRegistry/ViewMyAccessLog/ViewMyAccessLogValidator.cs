using FluentValidation;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;

namespace GovServices.CivilRegistry.ViewMyAccessLog;

/// <summary>
/// The limit and whether the cursor is one this API issued are checked for everyone. Whether it holds a position of
/// the trail is checked only for a caller with a NIK: anyone else is answered 403 by the handler, as before the check
/// moved here.
/// </summary>
internal sealed class ViewMyAccessLogValidator : AbstractValidator<ViewMyAccessLogQuery>
{
    public ViewMyAccessLogValidator(ICurrentActor actor)
    {
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(sortKey => actor.Nik is null || KeysetCursor.IsSortKey(sortKey));
    }
}

using FluentValidation;
using GovServices.Audit.Sealing;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;

namespace GovServices.Audit.SearchEvents;

/// <summary>
/// The limit and whether the cursor is one this API issued are checked for every search. Whether it holds a position
/// is checked only for a search the handler will run: one by an auditor over a module that has a trail, since anyone
/// else is answered 403 and an unknown module 404 first, as before the check moved here.
/// </summary>
internal sealed class SearchAuditEventsValidator : AbstractValidator<SearchAuditEventsCommand>
{
    public SearchAuditEventsValidator(AuditTrailCatalog catalog, ICurrentActor actor)
    {
        bool Searches(SearchAuditEventsCommand command) =>
            AuditorAccess.Denied(actor) is null && (command.Filter.Module is null || catalog.Contains(command.Filter.Module));

        RuleFor(command => command.Limit).PageLimit();
        RuleFor(command => command.Cursor).IssuedCursor(KeysetCursor.IsSortKey).When(Searches);
        RuleFor(command => command.Cursor).IssuedCursor().Unless(Searches);
    }
}

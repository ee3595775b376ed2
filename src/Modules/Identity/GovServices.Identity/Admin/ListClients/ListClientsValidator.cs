using FluentValidation;
using GovServices.BuildingBlocks.Http;

namespace GovServices.Identity.Admin.ListClients;

internal sealed class ListClientsValidator : AbstractValidator<ListClientsQuery>
{
    public ListClientsValidator()
    {
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor();
    }
}

using FluentValidation;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;

namespace GovServices.Identity.Admin.UpdateClient;

internal sealed class UpdateClientValidator : AbstractValidator<UpdateClientCommand>
{
    public UpdateClientValidator(ApiScopeCatalogue scopes)
    {
        RuleFor(command => command.DisplayName).DisplayNameRules();
        RuleFor(command => command.Scopes).ScopeRules(scopes);
        RuleFor(command => command.RedirectUris).RedirectUriRules();
        RuleFor(command => command.PostLogoutRedirectUris).RedirectUriRules();
    }
}

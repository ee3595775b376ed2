using FluentValidation;
using GovServices.Identity.Clients;

namespace GovServices.Identity.Admin.UpdateClient;

internal sealed class UpdateClientValidator : AbstractValidator<UpdateClientCommand>
{
    public UpdateClientValidator()
    {
        RuleFor(command => command.DisplayName).DisplayNameRules();
        RuleFor(command => command.Scopes).ScopeRules();
        RuleFor(command => command.RedirectUris).RedirectUriRules();
        RuleFor(command => command.PostLogoutRedirectUris).RedirectUriRules();
    }
}

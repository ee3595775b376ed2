using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;

namespace GovServices.Identity.Admin.CreateClient;

internal sealed class CreateClientValidator : AbstractValidator<CreateClientCommand>
{
    public CreateClientValidator(ApiScopeCatalogue scopes)
    {
        RuleFor(command => command.ClientId)
            .NotEmpty()
            .Matches("^[a-z0-9][a-z0-9._-]{2,63}$")
            .WithMessage(_ => Bilingual.Pick("Use 3 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.", "Gunakan 3 sampai 64 karakter berupa huruf kecil, angka, '.', '-' atau '_', diawali huruf atau angka."));
        RuleFor(command => command.DisplayName).DisplayNameRules();
        RuleFor(command => command.Kind).NotNull().IsInEnum();
        RuleFor(command => command.Scopes).ScopeRules(scopes);
        RuleFor(command => command.RedirectUris).RedirectUriRules();
        RuleFor(command => command.PostLogoutRedirectUris).RedirectUriRules();

        When(command => command.Kind == ClientKind.Public, () =>
            RuleFor(command => command.RedirectUris).NotEmpty());

        // A machine never sends a browser anywhere: redirect URIs on it would only widen what a stolen id allows.
        When(command => command.Kind == ClientKind.Machine, () =>
        {
            RuleFor(command => command.RedirectUris).Empty()
                .WithMessage(_ => Bilingual.Pick("Machine clients have no redirect URIs.", "Klien mesin tidak memiliki URI pengalihan."));
            RuleFor(command => command.PostLogoutRedirectUris).Empty()
                .WithMessage(_ => Bilingual.Pick("Machine clients have no post-logout redirect URIs.", "Klien mesin tidak memiliki URI pengalihan setelah keluar."));
        });
    }
}

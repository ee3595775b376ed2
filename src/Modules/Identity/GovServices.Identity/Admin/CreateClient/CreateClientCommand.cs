using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Identity.Clients;
using GovServices.Identity.Data;
using Mediator;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Admin.CreateClient;

/// <summary>Registers a client. A machine client gets a secret, returned once in the answer and never again.</summary>
/// <param name="ClientId">The OAuth <c>client_id</c>: 3–64 lower-case letters, digits, dots, dashes or underscores.</param>
/// <param name="DisplayName">A name people recognise, for example the partner's application.</param>
/// <param name="Kind"><c>machine</c> (client credentials with a secret) or <c>public</c> (authorization code with PKCE).</param>
/// <param name="Scopes">The API scopes the client may ask for.</param>
/// <param name="RedirectUris">Public clients: where to return the browser after sign-in (at least one).</param>
/// <param name="PostLogoutRedirectUris">Public clients: where to return the browser after sign-out.</param>
internal sealed record CreateClientCommand(
    string ClientId,
    string DisplayName,
    ClientKind? Kind,
    IReadOnlyList<string>? Scopes,
    IReadOnlyList<string>? RedirectUris = null,
    IReadOnlyList<string>? PostLogoutRedirectUris = null) : ICommand<Result<ClientCreated>>;

internal sealed class CreateClientHandler(
    IOpenIddictApplicationManager applications,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail) : ICommandHandler<CreateClientCommand, Result<ClientCreated>>
{
    public async ValueTask<Result<ClientCreated>> Handle(CreateClientCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        if (await applications.FindByClientIdAsync(command.ClientId, cancellationToken) is not null)
            return Error.Conflict("client_exists", Bilingual.Pick(
                $"A client with the id '{command.ClientId}' is already registered.",
                $"Klien dengan id '{command.ClientId}' sudah terdaftar."));

        var kind = command.Kind!.Value;
        var secret = kind == ClientKind.Machine ? ClientSecrets.Generate() : null;
        var descriptor = ClientDescriptors.Create(
            command.ClientId,
            command.DisplayName,
            kind,
            secret,
            command.Scopes!,
            (command.RedirectUris ?? []).Select(uri => new Uri(uri)),
            (command.PostLogoutRedirectUris ?? []).Select(uri => new Uri(uri)));
        ClientVersion.Set(descriptor, 1);
        await applications.CreateAsync(descriptor, cancellationToken);

        // Written right after the store accepted the change, in the same transaction (see IdentityUnitOfWork): a
        // refused change leaves no audit row, and the row cannot commit without the change. Never the secret.
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent(
            "client.created",
            "client",
            command.ClientId,
            Details: new { kind = kind.ToString(), scopes = command.Scopes, redirectUris = command.RedirectUris ?? [] }),
            cancellationToken);

        return new ClientCreated(ClientView.From(descriptor), secret);
    }
}

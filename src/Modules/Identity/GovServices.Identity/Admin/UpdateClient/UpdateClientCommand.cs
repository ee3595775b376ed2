using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Identity.Clients;
using GovServices.Identity.Data;
using Mediator;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.Admin.UpdateClient;

/// <summary>Replaces what an admin may change of a client: its name, scopes and redirect URIs. Not its kind, not its id.</summary>
internal sealed record UpdateClientCommand(
    string ClientId,
    int ExpectedVersion,
    string DisplayName,
    IReadOnlyList<string>? Scopes,
    IReadOnlyList<string>? RedirectUris,
    IReadOnlyList<string>? PostLogoutRedirectUris) : ICommand<Result<ClientView>>;

internal sealed class UpdateClientHandler(
    IOpenIddictApplicationManager applications,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail) : ICommandHandler<UpdateClientCommand, Result<ClientView>>
{
    public async ValueTask<Result<ClientView>> Handle(UpdateClientCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        var found = await RegisteredClient.FindAsync(applications, command.ClientId, cancellationToken);
        if (!found.IsSuccess)
            return found.Error;

        var (application, descriptor) = found.Value;
        var current = ClientVersion.Of(descriptor);
        if (current != command.ExpectedVersion)
            return ClientErrors.VersionMismatch(current);

        var redirectUris = command.RedirectUris ?? [];
        var postLogoutRedirectUris = command.PostLogoutRedirectUris ?? [];
        var isMachine = descriptor.ClientType == ClientTypes.Confidential;
        if (isMachine && (redirectUris.Count > 0 || postLogoutRedirectUris.Count > 0))
        {
            return Error.Validation(new Dictionary<string, string[]>
            {
                [redirectUris.Count > 0 ? "redirectUris" : "postLogoutRedirectUris"] = [Bilingual.Pick("Machine clients have no redirect URIs.", "Klien mesin tidak memiliki URI pengalihan.")],
            });
        }

        if (!isMachine && redirectUris.Count == 0)
            return Error.Validation(new Dictionary<string, string[]> { ["redirectUris"] = [Bilingual.Pick("A public client needs at least one redirect URI.", "Klien publik memerlukan setidaknya satu URI pengalihan.")] });

        descriptor.DisplayName = command.DisplayName;
        descriptor.Permissions.RemoveWhere(ClientView.IsApiScopePermission);
        foreach (var scope in command.Scopes!)
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        descriptor.RedirectUris.Clear();
        descriptor.RedirectUris.UnionWith(redirectUris.Select(uri => new Uri(uri)));
        descriptor.PostLogoutRedirectUris.Clear();
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris.Select(uri => new Uri(uri)));
        ClientVersion.Advance(descriptor);

        try
        {
            await applications.UpdateAsync(application, descriptor, cancellationToken);
        }
        catch (OpenIddictExceptions.ConcurrencyException)
        {
            // Someone changed the client between our read and our write: the same answer as a stale If-Match.
            return ClientErrors.VersionMismatch(current);
        }

        // Right after the store accepted the change, in the same transaction (see IdentityUnitOfWork).
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent(
            "client.updated",
            "client",
            command.ClientId,
            Details: new { command.DisplayName, command.Scopes, redirectUris, postLogoutRedirectUris }),
            cancellationToken);
        return ClientView.From(descriptor);
    }
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Clients;
using GovServices.Identity.Data;
using Mediator;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Admin.DisableClient;

/// <summary>
/// Takes a client out of service: it gets no new tokens, and the tokens and authorizations it holds are revoked, so
/// its access tokens stop working at the API at once (token-entry validation), not when they expire.
/// Disabling a disabled client changes nothing.
/// </summary>
internal sealed record DisableClientCommand(string ClientId) : ICommand<Result<ClientView>>;

internal sealed class DisableClientHandler(
    IOpenIddictApplicationManager applications,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail) : ICommandHandler<DisableClientCommand, Result<ClientView>>
{
    public async ValueTask<Result<ClientView>> Handle(DisableClientCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        var found = await RegisteredClient.FindAsync(applications, command.ClientId, cancellationToken);
        if (!found.IsSuccess)
            return found.Error;

        var (application, descriptor) = found.Value;
        if (ClientAvailability.IsDisabled(descriptor))
            return ClientView.From(descriptor);

        ClientAvailability.Disable(descriptor);
        ClientVersion.Advance(descriptor);
        await applications.UpdateAsync(application, descriptor, cancellationToken);

        var applicationId = await applications.GetIdAsync(application, cancellationToken)
            ?? throw new InvalidOperationException("A stored client has no id.");
        var revokedTokens = await tokens.RevokeByApplicationIdAsync(applicationId, cancellationToken);
        var revokedAuthorizations = await authorizations.RevokeByApplicationIdAsync(applicationId, cancellationToken);

        // Right after the store accepted the change, in the same transaction (see IdentityUnitOfWork).
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent(
            "client.disabled",
            "client",
            command.ClientId,
            Details: new { revokedTokens, revokedAuthorizations }),
            cancellationToken);
        return ClientView.From(descriptor);
    }
}

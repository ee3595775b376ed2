using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Identity.Clients;
using GovServices.Identity.Data;
using Mediator;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.Admin.RotateClientSecret;

/// <summary>
/// Gives a machine client a new secret; the old one stops working at once. The tokens it got with the old secret are
/// revoked too: a secret is usually rotated because it may have leaked, and whoever held it may hold tokens as well.
/// </summary>
internal sealed record RotateClientSecretCommand(string ClientId) : ICommand<Result<ClientSecretRotated>>;

internal sealed class RotateClientSecretHandler(
    IOpenIddictApplicationManager applications,
    IOpenIddictTokenManager tokens,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail) : ICommandHandler<RotateClientSecretCommand, Result<ClientSecretRotated>>
{
    public async ValueTask<Result<ClientSecretRotated>> Handle(RotateClientSecretCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        var found = await RegisteredClient.FindAsync(applications, command.ClientId, cancellationToken);
        if (!found.IsSuccess)
            return found.Error;

        var (application, descriptor) = found.Value;
        if (descriptor.ClientType != ClientTypes.Confidential)
            return Error.Conflict("client_has_no_secret", Bilingual.Pick(
                $"The client '{command.ClientId}' is a public client: it has no secret to rotate.",
                $"Klien '{command.ClientId}' adalah klien publik: tidak memiliki rahasia (secret) untuk diganti."));
        if (ClientAvailability.IsDisabled(descriptor))
            return ClientErrors.Disabled(command.ClientId);

        // The manager sees that the secret differs from the stored hash, and stores the new one hashed.
        var secret = ClientSecrets.Generate();
        descriptor.ClientSecret = secret;
        ClientVersion.Advance(descriptor);
        await applications.UpdateAsync(application, descriptor, cancellationToken);

        var applicationId = await applications.GetIdAsync(application, cancellationToken)
            ?? throw new InvalidOperationException("A stored client has no id.");
        var revokedTokens = await tokens.RevokeByApplicationIdAsync(applicationId, cancellationToken);

        // Right after the store accepted the change, in the same transaction (see IdentityUnitOfWork). Never the secret.
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent(
            "client.secret_rotated",
            "client",
            command.ClientId,
            Details: new { revokedTokens }),
            cancellationToken);
        return new ClientSecretRotated(command.ClientId, secret, ClientVersion.Of(descriptor));
    }
}

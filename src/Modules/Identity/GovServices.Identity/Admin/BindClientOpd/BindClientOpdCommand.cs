using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Identity.Clients;
using GovServices.Identity.Data;
using Mediator;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovServices.Identity.Admin.BindClientOpd;

/// <summary>
/// Binds a machine client to one OPD (<paramref name="Opd"/>), or unbinds it (null): from its next token it is a
/// back-office system of that OPD, taking the steps its officers may take (ADR 0051). The tokens it holds are revoked
/// when the OPD changes, so that none keeps acting for an OPD the client no longer acts for. Binding to the OPD it
/// already has changes nothing.
/// </summary>
internal sealed record BindClientOpdCommand(string ClientId, int ExpectedVersion, string? Opd) : ICommand<Result<ClientView>>;

internal sealed class BindClientOpdHandler(
    IOpenIddictApplicationManager applications,
    IOpenIddictTokenManager tokens,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail) : ICommandHandler<BindClientOpdCommand, Result<ClientView>>
{
    public async ValueTask<Result<ClientView>> Handle(BindClientOpdCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        var found = await RegisteredClient.FindAsync(applications, command.ClientId, cancellationToken);
        if (!found.IsSuccess)
            return found.Error;

        var (application, descriptor) = found.Value;
        var current = ClientVersion.Of(descriptor);
        if (current != command.ExpectedVersion)
            return ClientErrors.VersionMismatch(current);

        if (command.Opd is not null && descriptor.ClientType != ClientTypes.Confidential)
        {
            return Error.Unprocessable(
                "client_not_machine",
                Bilingual.Pick(
                    "Only a machine client acts for an OPD; people signed in through a public client carry their own OPD.",
                    "Hanya klien mesin yang dapat bertindak untuk suatu OPD; pengguna yang masuk melalui klien publik membawa OPD-nya sendiri."));
        }

        var previous = ClientOpd.Of(descriptor);
        if (previous == command.Opd)
            return ClientView.From(descriptor);

        ClientOpd.Set(descriptor, command.Opd);
        ClientVersion.Advance(descriptor);
        try
        {
            await applications.UpdateAsync(application, descriptor, cancellationToken);
        }
        catch (OpenIddictExceptions.ConcurrencyException)
        {
            return ClientErrors.VersionMismatch(current);
        }

        var applicationId = await applications.GetIdAsync(application, cancellationToken)
            ?? throw new InvalidOperationException("A stored client has no id.");
        var revokedTokens = await tokens.RevokeByApplicationIdAsync(applicationId, cancellationToken);

        // Right after the store accepted the change, in the same transaction (see IdentityUnitOfWork).
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent(
            command.Opd is null ? "client.opd_unbound" : "client.opd_bound",
            "client",
            command.ClientId,
            Details: new { opd = command.Opd, previousOpd = previous, revokedTokens }),
            cancellationToken);
        return ClientView.From(descriptor);
    }
}

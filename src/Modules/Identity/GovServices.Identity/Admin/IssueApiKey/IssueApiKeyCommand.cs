using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.ApiKeys;
using GovServices.Identity.Clients;
using GovServices.Identity.Contracts;
using GovServices.Identity.Data;
using Mediator;
using OpenIddict.Abstractions;
using Permissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace GovServices.Identity.Admin.IssueApiKey;

/// <summary>
/// Gives a registered client a partner API key for the standards that authenticate with one (Open311's
/// <c>api_key</c>). The key only files complaints, so the client must be allowed <c>complaints.submit</c>. Issuing
/// again replaces the key: that is how a leaked key is withdrawn.
/// </summary>
internal sealed record IssueApiKeyCommand(string ClientId) : ICommand<Result<ApiKeyIssued>>;

internal sealed class IssueApiKeyHandler(
    IOpenIddictApplicationManager applications,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail) : ICommandHandler<IssueApiKeyCommand, Result<ApiKeyIssued>>
{
    public async ValueTask<Result<ApiKeyIssued>> Handle(IssueApiKeyCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        var found = await RegisteredClient.FindAsync(applications, command.ClientId, cancellationToken);
        if (!found.IsSuccess)
            return found.Error;

        var (application, descriptor) = found.Value;
        if (ClientAvailability.IsDisabled(descriptor))
            return ClientErrors.Disabled(command.ClientId);
        if (!descriptor.Permissions.Contains(Permissions.Prefixes.Scope + PartnerApiKeyAccess.KeyScope))
        {
            return Error.Conflict(
                "client_not_allowed_to_submit",
                Bilingual.Pick(
                    $"The client '{command.ClientId}' is not allowed {PartnerApiKeyAccess.KeyScope}, the only scope an API key carries; allow it first.",
                    $"Klien '{command.ClientId}' tidak diizinkan memakai {PartnerApiKeyAccess.KeyScope}, satu-satunya cakupan (scope) yang dibawa kunci API; izinkan terlebih dahulu."));
        }

        var key = PartnerApiKey.Generate(command.ClientId);
        var replaced = PartnerApiKey.HasKey(descriptor);
        PartnerApiKey.Store(descriptor, key);
        ClientVersion.Advance(descriptor);
        await applications.UpdateAsync(application, descriptor, cancellationToken);

        // Never the key, nor its hash.
        await auditTrail.RecordAsync(
            IdentityModule.Schema,
            new AuditEvent("client.api_key_issued", "client", command.ClientId, Details: new { replaced }),
            cancellationToken);
        return new ApiKeyIssued(command.ClientId, key, [PartnerApiKeyAccess.KeyScope], ClientVersion.Of(descriptor));
    }
}

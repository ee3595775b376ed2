using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Data;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Admin.DisableUser;

/// <summary>
/// Shuts a person out: the login page and the authorization endpoint refuse a disabled account, and the person's
/// authorizations and tokens are revoked, so refresh tokens are refused and access tokens stop working at the API
/// at once. Disabling a disabled account changes nothing.
/// </summary>
internal sealed record DisableUserCommand(string UserId) : ICommand<Result<UserView>>;

internal sealed class DisableUserHandler(
    UserManager<GovUser> users,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    ICurrentActor actor) : ICommandHandler<DisableUserCommand, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        // An admin who locks themselves out may leave nobody to undo it.
        if (command.UserId == actor.UserId)
            return Error.Conflict("cannot_disable_self", Bilingual.Pick("You cannot disable your own account.", "Anda tidak dapat menonaktifkan akun Anda sendiri."));

        await db.JoinAsync(unitOfWork, cancellationToken);
        var user = await users.FindByIdAsync(command.UserId);
        if (user is null)
            return UserErrors.NotFound(command.UserId);
        if (user.IsDisabled)
            return await UserViews.FromAsync(users, user);

        user.IsDisabled = true;
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
            throw new InvalidOperationException($"Disabling user {user.Id} failed: {string.Join("; ", updated.Errors.Select(error => error.Code))}");

        var revokedAuthorizations = await authorizations.RevokeBySubjectAsync(user.Id, cancellationToken);
        var revokedTokens = await tokens.RevokeBySubjectAsync(user.Id, cancellationToken);

        // Right after the stores accepted the change, in the same transaction (see IdentityUnitOfWork).
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent(
            "user.disabled",
            "user",
            user.Id,
            Details: new { revokedTokens, revokedAuthorizations }),
            cancellationToken);
        return await UserViews.FromAsync(users, user);
    }
}

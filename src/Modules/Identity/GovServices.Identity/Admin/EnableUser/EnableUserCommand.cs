using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Data;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Admin.EnableUser;

/// <summary>Lets a disabled person sign in again. Revoked tokens stay revoked: the person signs in anew.</summary>
internal sealed record EnableUserCommand(string UserId) : ICommand<Result<UserView>>;

internal sealed class EnableUserHandler(
    UserManager<GovUser> users,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail) : ICommandHandler<EnableUserCommand, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(EnableUserCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        var user = await users.FindByIdAsync(command.UserId);
        if (user is null)
            return UserErrors.NotFound(command.UserId);
        if (!user.IsDisabled)
            return await UserViews.FromAsync(users, user);

        user.IsDisabled = false;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
            throw new InvalidOperationException($"Enabling user {user.Id} failed: {string.Join("; ", updated.Errors.Select(error => error.Code))}");

        // Right after the store accepted the change, in the same transaction (see IdentityUnitOfWork).
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent("user.enabled", "user", user.Id), cancellationToken);
        return await UserViews.FromAsync(users, user);
    }
}

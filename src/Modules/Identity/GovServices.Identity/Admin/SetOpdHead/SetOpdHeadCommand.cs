using System.Security.Claims;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Data;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Admin.SetOpdHead;

/// <summary>
/// Makes an officer the head of their OPD (<paramref name="Head"/> true), or no longer (false): the account's
/// <c>opd_head</c> claim, which opens the Command Centre for that OPD (ADR 0056). Only an officer with an OPD can head
/// one. The Command Centre reads the account again on every page and reconnect, so nothing is revoked. Setting what
/// is already set changes nothing.
/// </summary>
internal sealed record SetOpdHeadCommand(string UserId, bool Head) : ICommand<Result<UserView>>;

internal sealed class SetOpdHeadHandler(
    UserManager<GovUser> users,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail) : ICommandHandler<SetOpdHeadCommand, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(SetOpdHeadCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        var user = await users.FindByIdAsync(command.UserId);
        if (user is null)
            return UserErrors.NotFound(command.UserId);

        if (command.Head && (user.Opd is null || !await users.IsInRoleAsync(user, Roles.Officer)))
        {
            return Error.Unprocessable(
                "not_an_opd_officer",
                Bilingual.Pick(
                    "Only an officer with an OPD can head it; give the account the officer role and an OPD first.",
                    "Hanya petugas yang memiliki OPD yang dapat menjadi kepala OPD; berikan peran officer dan OPD terlebih dahulu."));
        }

        var claims = (await users.GetClaimsAsync(user)).Where(claim => claim.Type == GovClaims.OpdHead).ToList();
        var isHead = claims.Any(claim => claim.Value == "true");
        if (isHead == command.Head && claims.Count == (command.Head ? 1 : 0))
            return await UserViews.FromAsync(users, user);

        var changed = claims.Count > 0 ? await users.RemoveClaimsAsync(user, claims) : IdentityResult.Success;
        if (changed.Succeeded && command.Head)
            changed = await users.AddClaimAsync(user, new Claim(GovClaims.OpdHead, "true"));
        if (!changed.Succeeded)
            throw new InvalidOperationException($"Setting the OPD head of user {user.Id} failed: {string.Join("; ", changed.Errors.Select(error => error.Code))}");

        // Right after the store accepted the change, in the same transaction (see IdentityUnitOfWork).
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent(
            command.Head ? "user.opd_head_granted" : "user.opd_head_revoked",
            "user",
            user.Id,
            Details: new { opd = user.Opd }),
            cancellationToken);
        return await UserViews.FromAsync(users, user);
    }
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Identity.Data;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Admin.CreateStaffUser;

/// <summary>Creates an account for city staff: an officer of an OPD, a coordinator, an auditor or an admin.</summary>
/// <param name="UserName">What the person signs in with: 3–64 lower-case letters, digits, '.', '-' or '_'.</param>
/// <param name="FullName">The person's name.</param>
/// <param name="Email">The person's work email.</param>
/// <param name="Role">officer, coordinator, auditor or admin.</param>
/// <param name="Opd">The department code (for example DPMPTSP); required for officers.</param>
/// <param name="Password">An initial password; without one, a random one is made and returned once.</param>
internal sealed record CreateStaffUserCommand(
    string UserName,
    string FullName,
    string Email,
    string Role,
    string? Opd = null,
    string? Password = null) : ICommand<Result<StaffUserCreated>>;

internal sealed class CreateStaffUserHandler(
    UserManager<GovUser> users,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    TimeProvider clock) : ICommandHandler<CreateStaffUserCommand, Result<StaffUserCreated>>
{
    public async ValueTask<Result<StaffUserCreated>> Handle(CreateStaffUserCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        var now = clock.GetUtcNow();
        var user = new GovUser
        {
            // Time-ordered, so that lists page in creation order.
            Id = Guid.CreateVersion7(now).ToString(),
            UserName = command.UserName,
            Email = command.Email,
            // The admin vouches for a staff address; there is no mail round trip for staff accounts.
            EmailConfirmed = true,
            FullName = command.FullName,
            Opd = string.IsNullOrEmpty(command.Opd) ? null : command.Opd,
            CreatedAt = now,
        };
        var generatedPassword = command.Password is null ? InitialPasswords.Generate() : null;
        var created = await users.CreateAsync(user, command.Password ?? generatedPassword!);
        if (!created.Succeeded)
        {
            return UserErrors.IsDuplicate(created)
                ? Error.Conflict("user_exists", Bilingual.Pick("A user with this user name or email already exists.", "Pengguna dengan nama pengguna atau email ini sudah ada."))
                : UserErrors.Validation(created);
        }

        var roleAdded = await users.AddToRoleAsync(user, command.Role);
        if (!roleAdded.Succeeded)
            throw new InvalidOperationException($"Adding role {command.Role} failed: {string.Join("; ", roleAdded.Errors.Select(error => error.Code))}");

        // Right after the stores accepted the change, in the same transaction (see IdentityUnitOfWork): a refused
        // change leaves no audit row, and the row cannot commit without the account. Never the password.
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent(
            "user.created",
            "user",
            user.Id,
            Details: new { user.UserName, command.Role, user.Opd, passwordGenerated = generatedPassword is not null }),
            cancellationToken);
        return new StaffUserCreated(UserViews.From(user, [command.Role], opdHead: false), generatedPassword);
    }
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Data;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovServices.Identity.RegisterCitizen;

/// <summary>A citizen creates their own account, and signs in with their email from then on.</summary>
/// <param name="Nik">The 16-digit national identity number (NIK).</param>
/// <param name="FullName">The citizen's name.</param>
/// <param name="Email">The email address the citizen signs in with.</param>
/// <param name="Password">At least 10 characters, with upper and lower case, a digit and a symbol.</param>
internal sealed record RegisterCitizenCommand(string Nik, string FullName, string Email, string Password) : ICommand<Result<CitizenRegistered>>;

internal sealed class RegisterCitizenHandler(
    UserManager<GovUser> users,
    IdentityDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    TimeProvider clock) : ICommandHandler<RegisterCitizenCommand, Result<CitizenRegistered>>
{
    /// <summary>
    /// The same answer for a taken NIK and a taken email, naming neither: the public must not learn from this endpoint
    /// which NIK or which address has an account.
    /// </summary>
    private static Error AlreadyRegistered => Error.Conflict(
        "already_registered",
        Bilingual.Pick(
            "An account with this NIK or email address is already registered. Sign in instead.",
            "Akun dengan NIK atau alamat email ini sudah terdaftar. Silakan masuk."));

    public async ValueTask<Result<CitizenRegistered>> Handle(RegisterCitizenCommand command, CancellationToken cancellationToken)
    {
        await db.JoinAsync(unitOfWork, cancellationToken);
        if (await db.Users.AnyAsync(user => user.Nik == command.Nik, cancellationToken))
            return AlreadyRegistered;

        var now = clock.GetUtcNow();
        var user = new GovUser
        {
            Id = Guid.CreateVersion7(now).ToString(),
            UserName = command.Email,
            Email = command.Email,
            FullName = command.FullName.Trim(),
            Nik = command.Nik,
            CreatedAt = now,
        };

        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, command.Password);
        }
        catch (DbUpdateException exception) when (exception.InnerException is { } inner && unitOfWork.Dialect.IsUniqueViolation(inner))
        {
            // Two registrations of one NIK at the same moment: the unique index decides.
            return AlreadyRegistered;
        }

        if (!created.Succeeded)
            return UserErrors.IsDuplicate(created) ? AlreadyRegistered : UserErrors.Validation(created, userNameField: "email");

        var roleAdded = await users.AddToRoleAsync(user, Roles.Citizen);
        if (!roleAdded.Succeeded)
            throw new InvalidOperationException($"Adding the citizen role failed: {string.Join("; ", roleAdded.Errors.Select(error => error.Code))}");

        // Right after the stores accepted the account, in the same transaction (see IdentityUnitOfWork). No NIK, no
        // email, no password in the trail: the user id leads to them for those allowed to look.
        await auditTrail.RecordAsync(IdentityModule.Schema, new AuditEvent("citizen.registered", "user", user.Id), cancellationToken);
        return new CitizenRegistered(user.Id);
    }
}

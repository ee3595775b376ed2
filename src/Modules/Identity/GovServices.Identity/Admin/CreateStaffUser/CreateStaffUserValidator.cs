using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Users;

namespace GovServices.Identity.Admin.CreateStaffUser;

internal sealed class CreateStaffUserValidator : AbstractValidator<CreateStaffUserCommand>
{
    /// <summary>Citizens register themselves (POST /citizens); every other role is staff.</summary>
    private static readonly string[] StaffRoles = [Roles.Officer, Roles.Coordinator, Roles.Auditor, Roles.Admin];

    public CreateStaffUserValidator()
    {
        RuleFor(command => command.UserName)
            .NotEmpty()
            .Matches("^[a-z0-9][a-z0-9._-]{2,63}$")
            .WithMessage(_ => Bilingual.Pick("Use 3 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.", "Gunakan 3 sampai 64 karakter berupa huruf kecil, angka, '.', '-' atau '_', diawali huruf atau angka."));
        RuleFor(command => command.FullName).FullNameRules();
        RuleFor(command => command.Email).EmailRules();
        RuleFor(command => command.Role)
            .NotEmpty()
            .Must(StaffRoles.Contains)
            .WithMessage(_ => Bilingual.Pick($"The role must be one of: {string.Join(", ", StaffRoles)}.", $"Peran harus salah satu dari: {string.Join(", ", StaffRoles)}."));
        RuleFor(command => command.Opd)
            .NotEmpty()
            .When(command => command.Role == Roles.Officer)
            .WithMessage(_ => Bilingual.Pick("An officer belongs to a department (OPD): give its code, for example DPMPTSP.", "Petugas adalah pegawai suatu perangkat daerah (OPD): isi kodenya, misalnya DPMPTSP."));
        RuleFor(command => command.Opd)
            .OpdCode()
            .When(command => !string.IsNullOrEmpty(command.Opd));
        RuleFor(command => command.Password).PasswordRules().When(command => command.Password is not null);
    }
}

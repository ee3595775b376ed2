using FluentValidation;
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
            .WithMessage("Use 3 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.");
        RuleFor(command => command.FullName).FullNameRules();
        RuleFor(command => command.Email).EmailRules();
        RuleFor(command => command.Role)
            .NotEmpty()
            .Must(StaffRoles.Contains)
            .WithMessage($"The role must be one of: {string.Join(", ", StaffRoles)}.");
        RuleFor(command => command.Opd)
            .NotEmpty()
            .When(command => command.Role == Roles.Officer)
            .WithMessage("An officer belongs to a department (OPD): give its code, for example DPMPTSP.");
        RuleFor(command => command.Opd)
            .Matches("^[A-Z][A-Z0-9]{1,39}$")
            .When(command => !string.IsNullOrEmpty(command.Opd))
            .WithMessage("An OPD code is 2 to 40 upper-case letters or digits, for example DPMPTSP.");
        RuleFor(command => command.Password).PasswordRules().When(command => command.Password is not null);
    }
}

using FluentValidation;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;

namespace GovServices.Identity.Admin.ListUsers;

internal sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator()
    {
        RuleFor(query => query.Role)
            .Must(role => Roles.All.Contains(role!))
            .When(query => query.Role is not null)
            .WithMessage(_ => Bilingual.Pick($"The role must be one of: {string.Join(", ", Roles.All)}.", $"Peran harus salah satu dari: {string.Join(", ", Roles.All)}."));
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor();
    }
}

using FluentValidation;
using GovServices.BuildingBlocks.Security;

namespace GovServices.Identity.Admin.ListUsers;

internal sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator()
    {
        RuleFor(query => query.Role)
            .Must(role => Roles.All.Contains(role!))
            .When(query => query.Role is not null)
            .WithMessage($"The role must be one of: {string.Join(", ", Roles.All)}.");
    }
}

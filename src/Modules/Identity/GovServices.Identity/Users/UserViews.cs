using GovServices.CivilRegistry.Contracts;
using GovServices.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Users;

internal static class UserViews
{
    public static UserView From(GovUser user, IEnumerable<string> roles) => new(
        user.Id,
        user.UserName!,
        user.FullName,
        user.Email,
        [.. roles.Order(StringComparer.Ordinal)],
        user.Opd,
        user.Nik is null ? null : Nik.Mask(user.Nik),
        user.IsDisabled,
        user.CreatedAt);

    public static async Task<UserView> FromAsync(UserManager<GovUser> users, GovUser user) =>
        From(user, await users.GetRolesAsync(user));
}

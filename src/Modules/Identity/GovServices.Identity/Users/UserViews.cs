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
        user.Nik is null ? null : MaskNik(user.Nik),
        user.IsDisabled,
        user.CreatedAt);

    public static async Task<UserView> FromAsync(UserManager<GovUser> users, GovUser user) =>
        From(user, await users.GetRolesAsync(user));

    // Same shape as the civil registry's mask: the district code and the last two digits.
    private static string MaskNik(string nik) =>
        nik.Length == 16 ? string.Concat(nik.AsSpan(0, 6), new string('*', 8), nik.AsSpan(14)) : new string('*', nik.Length);
}

using System.Security.Claims;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.Contracts;
using GovServices.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Users;

internal static class UserViews
{
    public static UserView From(GovUser user, IEnumerable<string> roles, bool opdHead) => new(
        user.Id,
        user.UserName!,
        user.FullName,
        user.Email,
        [.. roles.Order(StringComparer.Ordinal)],
        user.Opd,
        opdHead,
        user.Nik is null ? null : Nik.Mask(user.Nik),
        user.IsDisabled,
        user.CreatedAt);

    public static async Task<UserView> FromAsync(UserManager<GovUser> users, GovUser user) =>
        From(user, await users.GetRolesAsync(user), (await users.GetClaimsAsync(user)).Any(IsOpdHead));

    public static bool IsOpdHead(Claim claim) => claim.Type == GovClaims.OpdHead && claim.Value == "true";
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Data;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovServices.Identity.Admin.ListUsers;

/// <summary>Accounts in id order (creation order for accounts made through this API), optionally of one role or OPD.</summary>
/// <param name="Role">Only accounts in this role.</param>
/// <param name="Opd">Only accounts of this department.</param>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: the last account's id.</param>
internal sealed record ListUsersQuery(string? Role = null, string? Opd = null, int? Limit = null, string? Cursor = null) : IQuery<Result<CursorPage<UserView>>>;

internal sealed class ListUsersHandler(IdentityDbContext db, IdentityTrail trail) : IQueryHandler<ListUsersQuery, Result<CursorPage<UserView>>>
{
    public async ValueTask<Result<CursorPage<UserView>>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var page = PageRequest.Of(query.Limit, query.Cursor);
        var accounts = db.Users.AsNoTracking();
        if (query.Role is not null)
        {
            var roleIds = db.Roles.Where(role => role.Name == query.Role).Select(role => role.Id);
            accounts = accounts.Where(user => db.UserRoles.Any(membership => membership.UserId == user.Id && roleIds.Contains(membership.RoleId)));
        }

        if (query.Opd is not null)
            accounts = accounts.Where(user => user.Opd == query.Opd);
        if (page.After is { } after)
            accounts = accounts.Where(user => string.Compare(user.Id, after) > 0);

        var rows = await accounts.OrderBy(user => user.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var ids = rows.Select(user => user.Id).ToList();
        var memberships = await db.UserRoles
            .Where(membership => ids.Contains(membership.UserId))
            .Join(db.Roles, membership => membership.RoleId, role => role.Id, (membership, role) => new { membership.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = memberships.ToLookup(membership => membership.UserId, membership => membership.Name!);
        var heads = (await db.UserClaims
                .Where(claim => ids.Contains(claim.UserId) && claim.ClaimType == GovClaims.OpdHead && claim.ClaimValue == "true")
                .Select(claim => claim.UserId)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var views = rows.Select(user => UserViews.From(user, rolesByUser[user.Id], heads.Contains(user.Id))).ToList();
        // Each account shown on the page, as a complaint's reporter is (ADR 0063): who saw whose e-mail and masked NIK.
        var shown = page.ToPage(views, user => user.Id);
        await trail.RecordAsync(
            [.. shown.Items.Select(user => new AuditEvent("user.viewed", "user", user.Id, Details: new { purpose = "user.list" }))], cancellationToken);
        return shown;
    }
}

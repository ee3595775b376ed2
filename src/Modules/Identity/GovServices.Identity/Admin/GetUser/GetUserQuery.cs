using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.Identity.Data;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Admin.GetUser;

internal sealed record GetUserQuery(string UserId) : IQuery<Result<UserView>>;

/// <summary>One account; the read of its e-mail and masked NIK is in the identity trail before it is answered (ADR 0063).</summary>
internal sealed class GetUserHandler(UserManager<GovUser> users, IdentityTrail trail) : IQueryHandler<GetUserQuery, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(GetUserQuery query, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(query.UserId);
        if (user is null)
            return UserErrors.NotFound(query.UserId);

        await trail.RecordAsync(new AuditEvent("user.viewed", "user", user.Id, Details: new { purpose = "user.read" }), cancellationToken);
        return await UserViews.FromAsync(users, user);
    }
}

using GovServices.BuildingBlocks.Application;
using GovServices.Identity.Data;
using GovServices.Identity.Users;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace GovServices.Identity.Admin.GetUser;

internal sealed record GetUserQuery(string UserId) : IQuery<Result<UserView>>;

internal sealed class GetUserHandler(UserManager<GovUser> users) : IQueryHandler<GetUserQuery, Result<UserView>>
{
    public async ValueTask<Result<UserView>> Handle(GetUserQuery query, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(query.UserId);
        return user is null ? UserErrors.NotFound(query.UserId) : await UserViews.FromAsync(users, user);
    }
}

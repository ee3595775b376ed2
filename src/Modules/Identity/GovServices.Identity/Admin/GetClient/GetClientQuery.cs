using GovServices.BuildingBlocks.Application;
using GovServices.Identity.Clients;
using Mediator;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Admin.GetClient;

internal sealed record GetClientQuery(string ClientId) : IQuery<Result<ClientView>>;

internal sealed class GetClientHandler(IOpenIddictApplicationManager applications) : IQueryHandler<GetClientQuery, Result<ClientView>>
{
    public async ValueTask<Result<ClientView>> Handle(GetClientQuery query, CancellationToken cancellationToken)
    {
        var client = await RegisteredClient.FindAsync(applications, query.ClientId, cancellationToken);
        return client.IsSuccess ? client.Value.View : client.Error;
    }
}

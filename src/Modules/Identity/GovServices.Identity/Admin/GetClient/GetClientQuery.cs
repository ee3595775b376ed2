using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.Identity.Clients;
using Mediator;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Admin.GetClient;

internal sealed record GetClientQuery(string ClientId) : IQuery<Result<ClientView>>;

/// <summary>One client; the read of its configuration is in the identity trail (ADR 0063).</summary>
internal sealed class GetClientHandler(IOpenIddictApplicationManager applications, IdentityTrail trail) : IQueryHandler<GetClientQuery, Result<ClientView>>
{
    public async ValueTask<Result<ClientView>> Handle(GetClientQuery query, CancellationToken cancellationToken)
    {
        var client = await RegisteredClient.FindAsync(applications, query.ClientId, cancellationToken);
        if (!client.IsSuccess)
            return client.Error;

        await trail.RecordAsync(new AuditEvent("client.viewed", "client", client.Value.View.ClientId, Details: new { purpose = "client.read" }), cancellationToken);
        return client.Value.View;
    }
}

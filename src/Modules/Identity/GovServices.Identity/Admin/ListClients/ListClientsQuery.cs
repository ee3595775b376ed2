using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Http;
using GovServices.Identity.Clients;
using Mediator;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace GovServices.Identity.Admin.ListClients;

/// <summary>Registered clients in <c>client_id</c> order, a page at a time.</summary>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: the last client's id.</param>
internal sealed record ListClientsQuery(int? Limit = null, string? Cursor = null) : IQuery<Result<CursorPage<ClientView>>>;

internal sealed class ListClientsHandler(IOpenIddictApplicationManager applications, IdentityTrail trail) : IQueryHandler<ListClientsQuery, Result<CursorPage<ClientView>>>
{
    public async ValueTask<Result<CursorPage<ClientView>>> Handle(ListClientsQuery query, CancellationToken cancellationToken)
    {
        var page = PageRequest.Of(query.Limit, query.Cursor);
        var after = page.After ?? "";
        var rows = new List<ClientView>();
        await foreach (var application in applications.ListAsync(
            (entities, state) => entities
                .OfType<OpenIddictEntityFrameworkCoreApplication>()
                .Where(entity => string.Compare(entity.ClientId, state.after) > 0)
                .OrderBy(entity => entity.ClientId)
                .Take(state.take),
            (after, take: page.Limit + 1),
            cancellationToken))
        {
            rows.Add((await RegisteredClient.DescribeAsync(applications, application, cancellationToken)).View);
        }

        var shown = page.ToPage(rows, client => client.ClientId);
        await trail.RecordAsync(
            new AuditEvent("clients.listed", Details: new { purpose = "client.list", clients = shown.Items.Select(client => client.ClientId).ToArray() }), cancellationToken);
        return shown;
    }
}

using System.Globalization;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.ReplayDeliveries;

internal static class ReplayDeliveriesEndpoint
{
    private const string ReplayDeliveriesDescription = "since (ISO 8601, required, within the 30-day retention, else 422 replay_window_too_old): every delivery to the endpoint since then that failed or was not sent is sent again now, with its webhook-id; delivered ones are not. 202 with their number. A disabled endpoint answers 409. Audited.";

    public static IEndpointRouteBuilder MapReplayDeliveries(this IEndpointRouteBuilder group)
    {
        group.MapPost(NotificationsApiPaths.WebhookReplay, async (Guid id, string? since, IMediator mediator, CancellationToken cancellationToken) =>
                {
                    if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
                        return Error.Validation(new Dictionary<string, string[]>
                        {
                            ["since"] = [Bilingual.Pick("Give the start of the window as an ISO 8601 time, for example 2026-12-01T00:00:00Z.", "Isi awal rentang dengan waktu ISO 8601, misalnya 2026-12-01T00:00:00Z.")],
                        }).ToProblem();

                    return (await mediator.Send(new ReplayDeliveriesCommand(id, start.ToUniversalTime()), cancellationToken))
                        .Match(replayed => TypedResults.Accepted((string?)null, replayed));
                })
            .RequireScope(NotificationsScopes.Manage)
            .Describe("ReplayWebhookDeliveries", "Replay a webhook endpoint's undelivered events", ReplayDeliveriesDescription)
            .Produces<ReplayedDeliveries>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }
}

using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovServices.Notifications.Templates;

internal static class TemplateEndpoints
{
    private const string ListDescription = "Every message template (event × channel × language), each as it is now: the shipped text (version 1) or its last edit, with the placeholders it may use and the SMS segments it costs with typical values. Admins only.";
    private const string GetDescription = "One template as it is now, with its version as the ETag. Admins only.";
    private const string UpdateDescription = "Changes a template's subject and body (WhatsApp: also the provider's approved template name); from the next message on it is sent with the new version, which each message records. If-Match: 412 when it changed since, 428 without it. A placeholder the template has no value for is refused with 422 template_placeholder_unknown. Values are escaped in emails; the text cannot carry HTML. Audited.";

    public static IEndpointRouteBuilder MapTemplates(this IEndpointRouteBuilder group)
    {
        group.MapGet(NotificationsApiPaths.Templates, async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListTemplatesQuery(), cancellationToken)).Match(found => TypedResults.Ok(found)))
            .RequireScope(NotificationsScopes.Manage, Roles.Admin)
            .Describe("ListMessageTemplates", "List the message templates", ListDescription)
            .Produces<IReadOnlyList<TemplateView>>();
        group.MapGet(NotificationsApiPaths.Template, async (string templateId, string channel, string language, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetTemplateQuery(templateId, channel, language), cancellationToken)).Match(found =>
                {
                    http.Response.SetETag(found.Version);
                    return TypedResults.Ok(found);
                }))
            .RequireScope(NotificationsScopes.Manage, Roles.Admin)
            .Describe("GetMessageTemplate", "Read a message template", GetDescription)
            .Produces<TemplateView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut(NotificationsApiPaths.Template, (string templateId, string channel, string language, TemplateText text, HttpContext http, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.SendIfMatchAsync(http, version => new UpdateTemplateCommand(templateId, channel, language, version, text), view => view.Version, cancellationToken))
            .RequireScope(NotificationsScopes.Manage, Roles.Admin)
            .Describe("UpdateMessageTemplate", "Change a message template", UpdateDescription)
            .Produces<TemplateView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }
}

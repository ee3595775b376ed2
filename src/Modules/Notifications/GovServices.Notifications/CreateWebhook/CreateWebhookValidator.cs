using FluentValidation;
using GovServices.Notifications.Webhooks;

namespace GovServices.Notifications.CreateWebhook;

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookValidator() => WebhookEndpointFieldsRules.Shape(this, command => command.Fields);
}

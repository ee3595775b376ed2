using FluentValidation;
using GovServices.Notifications.Webhooks;

namespace GovServices.Notifications.UpdateWebhook;

internal sealed class UpdateWebhookValidator : AbstractValidator<UpdateWebhookCommand>
{
    public UpdateWebhookValidator() => WebhookEndpointFieldsRules.Shape(this, command => command.Fields);
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Messages;
using Mediator;

namespace GovServices.Notifications.Templates;

/// <summary>The new text of a template.</summary>
/// <param name="Subject">The email subject and inbox title, up to 200 characters.</param>
/// <param name="Body">The text, up to 1,000 characters; only the template's own placeholders.</param>
/// <param name="ProviderTemplate">WhatsApp only: the approved template name at the provider (kept when left out).</param>
internal sealed record TemplateText(string Subject, string Body, string? ProviderTemplate = null);

/// <summary>An admin changes a template; from the next message on it is sent with the new version.</summary>
internal sealed record UpdateTemplateCommand(string Id, string Channel, string Language, int ExpectedVersion, TemplateText Text) : ICommand<Result<TemplateView>>;

internal sealed class UpdateTemplateHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<UpdateTemplateCommand, Result<TemplateView>>
{
    public async ValueTask<Result<TemplateView>> Handle(UpdateTemplateCommand command, CancellationToken cancellationToken)
    {
        var shipped = DefaultTemplates.Find(command.Id, command.Channel, command.Language);
        if (shipped is null)
            return TemplateErrors.NotFound(command.Id, command.Channel, command.Language);
        var allowed = DefaultTemplates.Placeholders[command.Id];
        var unknown = MessageTemplate.PlaceholdersOf(command.Text.Subject + "\n" + command.Text.Body).Except(allowed, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            return Error.Unprocessable("template_placeholder_unknown", Bilingual.Pick(
                $"The template uses placeholders it has no value for: {string.Join(", ", unknown)}. It may use: {string.Join(", ", allowed)}.",
                $"Templat memakai isian yang tidak tersedia: {string.Join(", ", unknown)}. Yang boleh dipakai: {string.Join(", ", allowed)}."));

        var edited = await unitOfWork.QuerySingleOrDefaultAsync<MessageTemplateRow>(
            MessageTemplateSql.Select, new { id = command.Id, channel = command.Channel, language = command.Language }, cancellationToken);
        var current = edited?.Version ?? shipped.Version;
        if (current != command.ExpectedVersion)
            return Stale(current);

        var template = new MessageTemplate(
            command.Id, command.Channel, command.Language, current + 1, command.Text.Subject, command.Text.Body,
            command.Channel == MessageChannels.WhatsApp ? command.Text.ProviderTemplate ?? edited?.ProviderTemplate ?? shipped.ProviderTemplate : null);
        var parameters = new
        {
            id = template.Id,
            channel = template.Channel,
            language = template.Language,
            version = template.Version,
            subject = template.Subject,
            body = template.Body,
            provider_template = template.ProviderTemplate,
            updated_at = clock.GetUtcNow(),
            updated_by = actor.UserId ?? actor.ClientId,
            expected_version = command.ExpectedVersion,
        };
        if (edited is null)
            await unitOfWork.ExecuteAsync(MessageTemplateSql.Insert, parameters, cancellationToken);
        else if (await unitOfWork.ExecuteAsync(MessageTemplateSql.Update, parameters, cancellationToken) == 0)
            return Stale(current + 1);

        await auditTrail.RecordAsync(
            NotificationsModule.Schema,
            new AuditEvent("message_template.updated", "message_template", $"{template.Id}/{template.Channel}/{template.Language}", Details: new { template.Version }),
            cancellationToken);
        return TemplateView.From(template);
    }

    private static Error Stale(int currentVersion) => Error.PreconditionFailed(Bilingual.Pick(
        $"The template changed since you read it (it is now at version {currentVersion}); read it again and retry.",
        $"Templat telah berubah sejak Anda membacanya (kini versi {currentVersion}); baca ulang lalu coba lagi."));
}

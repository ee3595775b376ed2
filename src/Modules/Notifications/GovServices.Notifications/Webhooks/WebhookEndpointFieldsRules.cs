using FluentValidation;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Notifications.Events;

namespace GovServices.Notifications.Webhooks;

/// <summary>The shape of <see cref="WebhookEndpointFields"/> (400), and the rules that need the catalogue or the URL guard (422).</summary>
internal static class WebhookEndpointFieldsRules
{
    public const int MaxUrlLength = 2048;
    public const int MaxDescriptionLength = 500;
    public const int MaxEventTypes = 50;

    public static void Shape<T>(AbstractValidator<T> validator, Func<T, WebhookEndpointFields> fields)
    {
        validator.RuleFor(command => fields(command).Url)
            .NotEmpty().WithMessage(_ => Bilingual.Pick("Give the URL to send events to.", "Isi URL tujuan pengiriman event."))
            .MaximumLength(MaxUrlLength).WithMessage(_ => Bilingual.Pick($"The URL may have at most {MaxUrlLength} characters.", $"URL paling banyak {MaxUrlLength} karakter."))
            .OverridePropertyName("url");
        validator.RuleFor(command => fields(command).EventTypes)
            .NotEmpty().WithMessage(_ => Bilingual.Pick("Subscribe to at least one event type.", "Pilih paling sedikit satu jenis event."))
            .Must(types => types is null || types.Count <= MaxEventTypes).WithMessage(_ => Bilingual.Pick($"At most {MaxEventTypes} event types.", $"Paling banyak {MaxEventTypes} jenis event."))
            .OverridePropertyName("eventTypes");
        validator.RuleFor(command => fields(command).Description)
            .MaximumLength(MaxDescriptionLength).WithMessage(_ => Bilingual.Pick($"The description may have at most {MaxDescriptionLength} characters.", $"Deskripsi paling banyak {MaxDescriptionLength} karakter."))
            .OverridePropertyName("description");
    }

    /// <summary>The event types the catalogue does not know, as a 422 naming them; null when all are known.</summary>
    public static Error? UnknownEventTypes(IEnumerable<string> eventTypes)
    {
        var unknown = eventTypes.Where(type => !WebhookEventCatalogue.IsSubscribable(type)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
            return null;
        var known = string.Join(", ", WebhookEventCatalogue.Subscribable);
        return Error.Unprocessable("webhook_event_type_unknown", Bilingual.Pick(
            $"Unknown event types: {string.Join(", ", unknown)}. Known: {known}.",
            $"Jenis event tidak dikenal: {string.Join(", ", unknown)}. Yang dikenal: {known}."));
    }
}

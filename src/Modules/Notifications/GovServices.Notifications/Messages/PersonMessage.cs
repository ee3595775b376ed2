namespace GovServices.Notifications.Messages;

/// <summary>What happened, to tell one person about.</summary>
/// <param name="EventId">The integration event's message id: with the person and channel, the message's key.</param>
/// <param name="TemplateId">The template that says it.</param>
/// <param name="Values">The template's placeholders.</param>
/// <param name="Link">Where the person reads more (also the <c>link</c> placeholder).</param>
/// <param name="OccurredAt">When it happened.</param>
internal sealed record PersonMessage(Guid EventId, string TemplateId, IReadOnlyDictionary<string, string> Values, string Link, DateTimeOffset OccurredAt);

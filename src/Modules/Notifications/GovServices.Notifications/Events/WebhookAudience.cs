namespace GovServices.Notifications.Events;

/// <summary>
/// Who an event concerns (event-contracts.md): the client that filed or owns the record, and the OPD it is routed to.
/// An endpoint owned by client C, bound to OPD O or to none, receives the event when <see cref="OwnerClientId"/> is C or
/// O is set and <see cref="Opd"/> is O. Nothing else, ever.
/// </summary>
internal sealed record WebhookAudience(string? OwnerClientId, string? Opd);

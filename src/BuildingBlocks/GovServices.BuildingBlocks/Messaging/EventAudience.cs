namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// Who an integration event concerns, for deciding who may be told: the machine client that filed or owns the record
/// (a partner app), and the OPD it is routed to. Either may be null. The publisher states it because only the
/// publisher can read its own tables; a subscriber that decides who hears of the event must never read them.
/// </summary>
/// <param name="OwnerClientId">The client that filed or owns the record; null when a person or the system did.</param>
/// <param name="Opd">The code of the OPD the record is routed to; null when none is.</param>
public sealed record EventAudience(string? OwnerClientId, string? Opd);

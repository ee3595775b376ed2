namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// Pulsed when a unit of work of this instance commits outbox messages, so the outbox processor delivers them at once
/// rather than at its next poll (issue 14: a status change reaches a webhook receiver within 2 s).
/// </summary>
internal sealed class OutboxSignal : WakeUpSignal;

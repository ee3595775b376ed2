namespace GovServices.BuildingBlocks.Messaging;

/// <summary>What a subscriber may want to know about the delivery besides the event itself.</summary>
public sealed record IntegrationEventContext(Guid MessageId, DateTimeOffset OccurredAt, int Attempt);

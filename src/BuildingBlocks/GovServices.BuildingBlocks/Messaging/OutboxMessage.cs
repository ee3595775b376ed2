namespace GovServices.BuildingBlocks.Messaging;

/// <summary>A row of a module's <c>outbox_message</c> table.</summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public string MessageType { get; init; } = "";

    public string Payload { get; init; } = "";

    public DateTimeOffset OccurredAt { get; init; }

    public int Attempts { get; init; }
}

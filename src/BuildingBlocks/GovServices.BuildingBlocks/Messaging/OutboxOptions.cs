namespace GovServices.BuildingBlocks.Messaging;

/// <summary>Section <c>Outbox</c>: how the background dispatcher claims and retries messages.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim lasts; after it, another instance may take the message over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After this many failed attempts a message is set aside as poisoned, visible with its last error.</summary>
    public int MaxAttempts { get; set; } = 10;

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether a commit of outbox messages wakes this instance's processor at once (ADR 0047); without it the messages
    /// wait for the next poll.
    /// </summary>
    public bool WakeOnCommit { get; set; } = true;
}

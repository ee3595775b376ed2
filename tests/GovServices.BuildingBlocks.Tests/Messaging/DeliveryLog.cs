using System.Collections.Concurrent;

namespace GovServices.BuildingBlocks.Tests.Messaging;

/// <summary>
/// What the test subscribers were asked to do, counted outside the database (so a delivery whose transaction
/// was rolled back still counts), plus switches to make them fail or to stop the dispatcher midway.
/// </summary>
internal sealed class DeliveryLog
{
    private readonly ConcurrentDictionary<(string Consumer, Guid MessageId), int> _invocations = new();
    private int _total;

    public Func<string, NoteWritten, bool> FailWhen { get; set; } = (_, _) => false;

    /// <summary>Called after every successful handler run with the running total.</summary>
    public Action<int> AfterEachDelivery { get; set; } = _ => { };

    public void Record(string consumer, Guid messageId, NoteWritten note)
    {
        if (FailWhen(consumer, note))
            throw new InvalidOperationException($"Subscriber {consumer} refuses '{note.Body}'.");

        _invocations.AddOrUpdate((consumer, messageId), 1, (_, count) => count + 1);
        AfterEachDelivery(Interlocked.Increment(ref _total));
    }

    public IReadOnlyDictionary<(string Consumer, Guid MessageId), int> Invocations => _invocations;
}

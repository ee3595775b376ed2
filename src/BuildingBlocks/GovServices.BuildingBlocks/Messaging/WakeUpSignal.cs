namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// Wakes a background worker of this instance when there is work for it, so it need not wait for its next poll: a
/// worker takes <see cref="Next"/> before it looks for work, then waits on that task or its poll interval, whichever
/// comes first. A pulse between the two is not lost, because the task was taken before the look.
/// </summary>
public class WakeUpSignal
{
    private TaskCompletionSource _next = New();

    /// <summary>Completes at the next <see cref="Pulse"/> after this call.</summary>
    public Task Next() => Volatile.Read(ref _next).Task;

    /// <summary>Wakes whoever waits on a task from <see cref="Next"/>.</summary>
    public void Pulse() => Interlocked.Exchange(ref _next, New()).TrySetResult();

    /// <summary>Waits for <paramref name="pulse"/> (from <see cref="Next"/>) or <paramref name="pollInterval"/> on <paramref name="clock"/>.</summary>
    public static async Task WaitAsync(Task pulse, TimeSpan pollInterval, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pulse);
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(pollInterval, clock, poll.Token);
        await Task.WhenAny(pulse, delay);
        await poll.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

using System.Threading.RateLimiting;

namespace GovServices.Notifications.Messages;

/// <summary>
/// The pace each instance sends at towards a channel's provider (<c>Notifications:RateLimits:&lt;channel&gt;</c>,
/// messages per second; none by default). A message over the pace waits in line, oldest first, while its delivery
/// stays leased, and is then sent: never dropped. The options check that a full line (the instance's concurrency)
/// drains well within the lease, so a waiting message is never taken over and sent twice.
/// </summary>
internal sealed class ChannelRateLimits : IDisposable
{
    private readonly Dictionary<string, RateLimiter> _limiters = new(StringComparer.Ordinal);

    public ChannelRateLimits(NotificationsOptions options)
    {
        foreach (var (channel, perSecond) in options.ChannelRates)
        {
            if (perSecond <= 0)
                continue;
            // Smooth: about twenty refills a second at most, each of the tokens that period earns, and no burst beyond them.
            var tokens = Math.Max(1, (int)(perSecond / 20));
            _limiters[channel] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = tokens,
                TokensPerPeriod = tokens,
                ReplenishmentPeriod = TimeSpan.FromSeconds(tokens / perSecond),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        }
    }

    /// <summary>Waits for the channel's turn; at once for a channel without a limit.</summary>
    public async ValueTask<IDisposable?> WaitAsync(string channel, CancellationToken cancellationToken)
    {
        if (!_limiters.TryGetValue(channel, out var limiter))
            return null;
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        return lease;
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
            limiter.Dispose();
    }
}

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// When a webhook is tried again (issue 14): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h after the failed attempts, then every
/// 12 h, until 3 days after the first attempt; a receiver's <c>Retry-After</c> is honoured when it asks for longer.
/// </summary>
internal static class WebhookRetrySchedule
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(3);

    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromSeconds(5),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(5),
        TimeSpan.FromHours(10),
    ];

    private static readonly TimeSpan Steady = TimeSpan.FromHours(12);

    /// <summary>The next attempt after <paramref name="attempts"/> failed ones, or null once 3 days have passed.</summary>
    public static DateTimeOffset? NextAttemptAt(int attempts, DateTimeOffset firstAttemptedAt, DateTimeOffset now, TimeSpan? retryAfter)
    {
        var delay = attempts <= Delays.Length ? Delays[Math.Max(attempts, 1) - 1] : Steady;
        if (retryAfter is { } asked && asked > delay)
            delay = asked < Steady ? asked : Steady;
        var next = now + delay;
        return next - firstAttemptedAt > GiveUpAfter ? null : next;
    }
}

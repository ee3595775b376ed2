namespace GovServices.Notifications.Messages;

/// <summary>
/// When a message is tried again: 10 s, 1 min, 5 min, 15 min, 30 min, then hourly until a day after the first attempt
/// (then <c>temporary_failure</c>). A longer <c>Retry-After</c> is honoured, up to an hour. A message is news: after a
/// day it is stale.
/// </summary>
internal static class MessageRetrySchedule
{
    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
    ];

    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(1);

    public static DateTimeOffset? Next(int attempts, DateTimeOffset firstAttemptedAt, DateTimeOffset now, TimeSpan? retryAfter)
    {
        var delay = attempts <= Delays.Length ? Delays[attempts - 1] : TimeSpan.FromHours(1);
        if (retryAfter is { } asked && asked > delay)
            delay = asked < TimeSpan.FromHours(1) ? asked : TimeSpan.FromHours(1);
        var next = now + delay;
        return next > firstAttemptedAt + GiveUpAfter ? null : next;
    }
}

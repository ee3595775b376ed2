using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace GovServices.BuildingBlocks.Observability;

/// <summary>
/// The last result of a database reading that observable instruments report, read again only once it is older than
/// <see cref="MaxAge"/>. Prometheus may scrape every few seconds, and several instruments share one reading: this
/// costs at most one round of queries per <see cref="MaxAge"/> whoever asks, and nothing while nobody collects. A
/// reading that fails or takes longer than <see cref="Timeout"/> reports nothing until the next attempt, so the series
/// go absent (which an alert can see) rather than the scrape hanging or showing stale figures as current.
/// </summary>
/// <typeparam name="T">What one reading yields, for every instrument built on it.</typeparam>
public sealed partial class CachedReading<T>
    where T : class
{
    /// <summary>How long a reading is reported before it is taken again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    /// <summary>How long a scrape waits for a reading.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly Func<CancellationToken, Task<T>> _read;
    private readonly string _name;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private T? _value;
    private long _takenAt;
    private bool _taken;

    /// <param name="name">What is read, for the log when a reading fails.</param>
    /// <param name="read">Takes one reading.</param>
    /// <param name="logger">Where failed readings are reported.</param>
    public CachedReading(string name, Func<CancellationToken, Task<T>> read, ILogger logger)
    {
        _name = name;
        _read = read;
        _logger = logger;
    }

    /// <summary>The current reading; null when the last attempt failed.</summary>
    public T? Current()
    {
        lock (_gate)
        {
            // Elapsed process time, not the application's clock: a test's fake clock must not freeze the cache.
            if (_taken && Stopwatch.GetElapsedTime(_takenAt) < MaxAge)
                return _value;

            _taken = true;
            _takenAt = Stopwatch.GetTimestamp();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                // Instrument callbacks are synchronous; the reading runs on the thread pool and the collecting thread waits.
                _value = Task.Run(() => _read(timeout.Token), timeout.Token).WaitAsync(Timeout).GetAwaiter().GetResult();
            }
            catch (Exception exception)
            {
                _value = null;
                LogReadingFailed(exception, _name);
            }

            return _value;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading {Reading} for the metrics failed; its series are absent until the next reading")]
    private partial void LogReadingFailed(Exception exception, string reading);
}

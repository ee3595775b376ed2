using System.Globalization;
using System.Text;

namespace GovServices.Cluster.Tests;

/// <summary>
/// The load's figures: requests per kind, the errors, the requests cut off by the kill (in flight at that moment and
/// lost with the instance), and the times around the kill. Printed by the test and copied into docs/benchmarks.md.
/// </summary>
internal sealed class LoadReport
{
    public const string ProbeKind = "rotation probe";

    /// <param name="records">Every request the traffic sent.</param>
    /// <param name="killedAt">When the kill was sent.</param>
    /// <param name="deadAt">When the killed process had ended: until then its connections were being torn down.</param>
    public LoadReport(IReadOnlyCollection<RequestRecord> records, TimeSpan killedAt, TimeSpan deadAt)
    {
        Requests = records.Where(record => record.Kind != ProbeKind).OrderBy(record => record.Started).ToList();
        var failed = Requests.Where(record => !record.Expected).ToList();
        CutOffByTheKill = failed.Where(record => record.IsLostConnection && record.WasInFlightDuring(killedAt, deadAt)).ToList();
        Errors = failed.Except(CutOffByTheKill).ToList();
        TakeOver = Requests.FirstOrDefault(record => record.Expected && record.Started >= deadAt && record.Status is >= 200 and < 300) is { } first
            ? first.Ended - killedAt
            : null;
        Dying = deadAt - killedAt;
    }

    public IReadOnlyList<RequestRecord> Requests { get; }

    public IReadOnlyList<RequestRecord> CutOffByTheKill { get; }

    public IReadOnlyList<RequestRecord> Errors { get; }

    /// <summary>From the kill until the process had ended.</summary>
    public TimeSpan Dying { get; }

    /// <summary>From the kill to the first success of a request sent after the process had ended.</summary>
    public TimeSpan? TakeOver { get; }

    public TimeSpan LoadDuration { get; init; }

    public TimeSpan RunDuration { get; init; }

    public TimeSpan RestartUntilReady { get; init; }

    public TimeSpan RestartUntilInRotation { get; init; }

    public int Count(string kindPrefix) => Requests.Count(record => record.Kind.StartsWith(kindPrefix, StringComparison.Ordinal));

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Two instances behind HAProxy: {Requests.Count} requests in {LoadDuration.TotalSeconds:0.0} s of load ({Requests.Count / LoadDuration.TotalSeconds:0} per second), run {RunDuration.TotalSeconds:0.0} s");
        text.AppendLine("| kind | requests | 2xx or expected | by host1 | by host2 |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var kind in Requests.GroupBy(record => record.Kind).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind.Key} | {kind.Count()} | {kind.Count(record => record.Expected)} | {kind.Count(record => record.ServedBy == "host1")} | {kind.Count(record => record.ServedBy == "host2")} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Errors: {Errors.Count}; cut off by the kill (in flight on the killed instance): {CutOffByTheKill.Count}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Kill: the process took {FormatMs(Dying)} to end; take-over: first success of a request sent after that {FormatMs(TakeOver)} after the kill; restarted instance ready {FormatMs(RestartUntilReady)} after the kill, back in rotation {FormatMs(RestartUntilInRotation)} after that");
        foreach (var record in CutOffByTheKill.Concat(Errors).Take(40))
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(Errors.Contains(record) ? "error" : "cut off")}: {record}");
        return text.ToString();
    }

    private static string FormatMs(TimeSpan? time) =>
        time is { } value ? $"{value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms" : "never";
}

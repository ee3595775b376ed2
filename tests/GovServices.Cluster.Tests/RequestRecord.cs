namespace GovServices.Cluster.Tests;

/// <summary>
/// One request of the load: its kind, when it started and ended (from the start of the run), what it got and from
/// which instance, and whether that was an answer the operation expects.
/// </summary>
internal sealed record RequestRecord(string Kind, TimeSpan Started, TimeSpan Ended, int Status, string? ServedBy, bool Expected, string Detail)
{
    /// <summary>Under way at some moment from <paramref name="from"/> to <paramref name="until"/>: sent before the end, answered (or failed) after the start.</summary>
    public bool WasInFlightDuring(TimeSpan from, TimeSpan until) => Started <= until && Ended >= from;

    /// <summary>What a proxy answers, or a client sees, when the instance serving a request dies under it.</summary>
    public bool IsLostConnection => Status is 0 or 502 or 503 or 504;

    public override string ToString() =>
        $"{Kind} at {Started.TotalSeconds:0.000}-{Ended.TotalSeconds:0.000} s: {Status} from {ServedBy ?? "-"} {Detail}";
}

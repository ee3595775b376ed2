using System.Globalization;

namespace GovServices.Bench;

/// <summary>
/// One line of run.sh's results.tsv: a scenario's figures on one database. Scenario 8 uses
/// <see cref="RequestsPerSecond"/> for rows per second and <see cref="Seconds"/> for the whole load.
/// <see cref="CpuMilliseconds"/> is the server's CPU time (user and system) per request.
/// </summary>
internal sealed record BenchResult(
    string Database,
    string Scenario,
    string Name,
    double RequestsPerSecond,
    double P50,
    double P95,
    double P99,
    long Requests,
    long Non2xx,
    long SocketErrors,
    double RssMegabytes,
    double Seconds,
    string Note,
    double CpuMilliseconds)
{
    public long Errors => Non2xx + SocketErrors;

    public static BenchResult Parse(string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 14)
            throw new BenchUsageException($"A results line has {fields.Length} fields instead of 14: {line}");
        return new BenchResult(
            fields[0], fields[1], fields[2], Number(fields[3]), Number(fields[4]), Number(fields[5]), Number(fields[6]),
            (long)Number(fields[7]), (long)Number(fields[8]), (long)Number(fields[9]), Number(fields[10]), Number(fields[11]), fields[12],
            Number(fields[13]));
    }

    // "-" where a figure does not apply (latency of a bulk load, RSS of sqlite3).
    private static double Number(string text) =>
        text is "-" or "" ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

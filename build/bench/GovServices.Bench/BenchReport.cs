using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace GovServices.Bench;

/// <summary>
/// Renders results.tsv into the figures section of docs/benchmarks.md (between its two markers; the text around them
/// is written by people and kept). Every figure is shown with its ratio to its ceiling: scenario 2 to scenario 1,
/// scenarios 3–7 to scenario 2 on the same database, the import API to the engine's own bulk load; scenario 9
/// (webhook delivery: deliveries/s and the latency from the status change to the receiver) has no ceiling.
/// </summary>
internal static class BenchReport
{
    public const string StartMarker = "<!-- figures:start (written by build/bench/run.sh) -->";
    public const string EndMarker = "<!-- figures:end -->";
    private const double RssTargetMegabytes = 300;

    public static async Task WriteAsync(IConfiguration options)
    {
        var results = (await File.ReadAllLinesAsync(options.Required("Results")))
            .Where(line => line.Length > 0)
            .Select(BenchResult.Parse)
            .ToList();
        var document = options.Required("Document");
        var existing = File.Exists(document) ? await File.ReadAllTextAsync(document) : $"# Benchmarks\n\n{StartMarker}\n{EndMarker}\n";
        var start = existing.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = existing.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
            throw new BenchUsageException($"{document} has no '{StartMarker}' … '{EndMarker}' section to write the figures into.");

        var figures = Render(results, options);
        await File.WriteAllTextAsync(document, existing[..(start + StartMarker.Length)] + "\n" + figures + existing[end..]);
    }

    private static string Render(List<BenchResult> results, IConfiguration options)
    {
        var text = new StringBuilder();
        Line(text, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on commit `{options.Required("Commit")}` by `build/bench/run.sh`.");
        text.AppendLine();
        text.AppendLine("| machine | |");
        text.AppendLine("|---|---|");
        foreach (var (name, value) in MachineDescription.Read())
            Line(text, $"| {name} | {value} |");
        foreach (var setting in (options["Settings"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = setting.Split('=', 2);
            Line(text, $"| {parts[0]} | {(parts.Length > 1 ? parts[1] : "")} |");
        }

        var ceiling = results.FirstOrDefault(result => result.Scenario == "1");
        foreach (var database in results.Select(result => result.Database).Where(database => database != "none").Distinct())
        {
            var ofDatabase = results.Where(result => result.Database == database).ToList();
            var ceilingDb = ofDatabase.FirstOrDefault(result => result.Scenario == "2");
            text.AppendLine();
            Line(text, $"### {database}");
            text.AppendLine();
            text.AppendLine("| # | scenario | requests/s | p50 ms | p95 ms | p99 ms | errors (non-2xx / socket) | host peak RSS MB | server CPU ms/request |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|");
            if (ceiling is not null)
                Row(text, ceiling, null);
            foreach (var result in ofDatabase.Where(result => result.Scenario != "8"))
                Row(text, result, result.Scenario switch { "2" => ceiling, "9" => null, _ => ceilingDb });
            Import(text, ofDatabase);
            Targets(text, ofDatabase, ceilingDb);
        }

        text.AppendLine();
        Line(text, $"Ratios in brackets are to the scenario's ceiling: scenario 2 to scenario 1; 3–7 to scenario 2 on the same database (latency, RSS and CPU: how many times the ceiling's); scenario 9's requests/s are deliveries/s, its latency from the status change to the receiver, its CPU per delivery. A note names what looks off.");
        return text.ToString();
    }

    private static void Row(StringBuilder text, BenchResult result, BenchResult? ceiling)
    {
        var note = result.Note is "" or "-" ? "" : $" — {result.Note}";
        Line(text, $"| {result.Scenario} | {result.Name}{note} | {WithRatio(result.RequestsPerSecond, ceiling?.RequestsPerSecond, "F0")} | {WithRatio(result.P50, ceiling?.P50, "F2")} | {WithRatio(result.P95, ceiling?.P95, "F2")} | {WithRatio(result.P99, ceiling?.P99, "F2")} | {result.Non2xx} / {result.SocketErrors} of {result.Requests:N0} | {WithRatio(result.RssMegabytes, ceiling?.RssMegabytes, "F0")} | {WithRatio(result.CpuMilliseconds, ceiling?.CpuMilliseconds, "F3")} |");
    }

    private static void Import(StringBuilder text, List<BenchResult> results)
    {
        var api = results.FirstOrDefault(result => result.Scenario == "8" && result.Name.StartsWith("import API", StringComparison.Ordinal));
        var native = results.FirstOrDefault(result => result.Scenario == "8" && result.Name.StartsWith("native", StringComparison.Ordinal));
        if (api is null || native is null)
            return;

        text.AppendLine();
        text.AppendLine("| 8 | bulk import | rows | seconds | rows/s | host peak RSS MB |");
        text.AppendLine("|---|---|---|---|---|---|");
        Line(text, $"| | {native.Name} | {native.Requests:N0} | {native.Seconds:F1} | {native.RequestsPerSecond:F0} | — |");
        Line(text, $"| | {api.Name}{(api.Note is "" or "-" ? "" : " — " + api.Note)} | {api.Requests:N0} | {WithRatio(api.Seconds, native.Seconds, "F1")} | {WithRatio(api.RequestsPerSecond, native.RequestsPerSecond, "F0")} | {Figure(api.RssMegabytes, "F0")} |");
    }

    private static void Targets(StringBuilder text, List<BenchResult> results, BenchResult? ceilingDb)
    {
        var verdicts = new List<string>();
        var complaint = results.FirstOrDefault(result => result.Scenario == "3");
        if (complaint is not null && ceilingDb is not null)
            verdicts.Add(Verdict($"scenario 3 ≥ 60% of scenario 2: {complaint.RequestsPerSecond / ceilingDb.RequestsPerSecond:P0}", complaint.RequestsPerSecond >= 0.6 * ceilingDb.RequestsPerSecond));
        var verification = results.FirstOrDefault(result => result.Scenario == "4");
        if (verification is not null)
            verdicts.Add(Verdict(string.Create(CultureInfo.InvariantCulture, $"scenario 4 p99 ≤ 10 ms: {verification.P99:F2} ms"), verification.P99 <= 10));
        var api = results.FirstOrDefault(result => result.Scenario == "8" && result.Name.StartsWith("import API", StringComparison.Ordinal));
        var native = results.FirstOrDefault(result => result.Scenario == "8" && result.Name.StartsWith("native", StringComparison.Ordinal));
        if (api is not null && native is not null)
            verdicts.Add(Verdict(string.Create(CultureInfo.InvariantCulture, $"scenario 8 within 2× of native: {api.Seconds / native.Seconds:F1}×"), api.Seconds <= 2 * native.Seconds));
        var errors = results.Sum(result => result.Errors);
        verdicts.Add(Verdict($"no errors: {errors:N0}", errors == 0));
        var rss = results.Where(result => result.Scenario is not ("1" or "2") && !double.IsNaN(result.RssMegabytes)).Select(result => result.RssMegabytes).DefaultIfEmpty(0).Max();
        verdicts.Add(Verdict(string.Create(CultureInfo.InvariantCulture, $"host RSS ≤ {RssTargetMegabytes:F0} MB: {rss:F0} MB"), rss <= RssTargetMegabytes));
        text.AppendLine();
        Line(text, $"Targets: {string.Join("; ", verdicts)}.");
    }

    private static string Verdict(string figure, bool met) => $"{figure} ({(met ? "met" : "**missed**")})";

    private static string WithRatio(double value, double? ceiling, string format) =>
        ceiling is { } baseline && !double.IsNaN(baseline) && baseline > 0 && !double.IsNaN(value)
            ? string.Create(CultureInfo.InvariantCulture, $"{Figure(value, format)} ({value / baseline:F2}×)")
            : Figure(value, format);

    private static string Figure(double value, string format) =>
        double.IsNaN(value) ? "—" : value.ToString(format, CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}

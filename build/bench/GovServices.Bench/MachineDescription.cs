using System.Globalization;
using System.Runtime.InteropServices;

namespace GovServices.Bench;

/// <summary>What the figures were measured on, read from /proc and /etc/os-release.</summary>
internal static class MachineDescription
{
    public static IReadOnlyList<(string Name, string Value)> Read() =>
    [
        ("CPU", FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString()),
        ("Cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
        ("RAM", Memory()),
        ("OS", $"{OsName()}, Linux {Text("/proc/sys/kernel/osrelease")}"),
        (".NET", RuntimeInformation.FrameworkDescription),
    ];

    private static string Memory()
    {
        var kilobytes = FirstValue("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return kilobytes is null ? "?" : string.Create(CultureInfo.InvariantCulture, $"{long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F1} GiB");
    }

    private static string OsName() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"') ?? "Linux"
            : "Linux";

    private static string Text(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : "?";

    private static string? FirstValue(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path)
                .Where(line => line.StartsWith(key, StringComparison.Ordinal) && line.Contains(':', StringComparison.Ordinal))
                .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
                .FirstOrDefault()
            : null;
}

using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace GovServices.Bench;

/// <summary>Reads the tool's --Name value options, failing with a clear message when one is missing or malformed.</summary>
internal static class BenchOptions
{
    public static string Required(this IConfiguration options, string name) =>
        options[name] is { Length: > 0 } value ? value : throw new BenchUsageException($"--{name} is required.");

    public static int Count(this IConfiguration options, string name, int fallback)
    {
        var text = options[name];
        if (text is null)
            return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BenchUsageException($"--{name} must be a whole number, not '{text}'.");
    }

    public static bool IsPostgreSql(this IConfiguration options) =>
        options.Required("Provider").ToLowerInvariant() switch
        {
            "postgresql" => true,
            "sqlite" => false,
            var other => throw new BenchUsageException($"--Provider must be Sqlite or PostgreSql, not '{other}'."),
        };
}

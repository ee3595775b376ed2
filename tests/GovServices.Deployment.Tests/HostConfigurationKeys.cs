using System.Text.RegularExpressions;
using GovServices.Testing;

namespace GovServices.Deployment.Tests;

/// <summary>
/// The configuration keys the host knows, as README.md's configuration table lists them, plus the keys another
/// engineer is adding in the same release (issue 18). The table abbreviates; a key cell is read left to right:
/// <list type="bullet">
/// <item><c>`A:B:C`</c> is a key, and the anchor the abbreviations after it refer to;</item>
/// <item><c>`D`</c> (no colon) is a sibling of the anchor, <c>A:B:D</c>; <c>`…:E`</c> the same, <c>A:B:E</c>;</item>
/// <item><c>`…Word`</c> replaces the last word of every key before it in the cell
/// (<c>`Identity:SigningCertificatePath`</c> (+ <c>`…Password`</c>) gives <c>Identity:SigningCertificatePassword</c>);</item>
/// <item>a bare … between two keys is a range whose members the table does not name: any key beside them;</item>
/// <item><c>&lt;clientId&gt;</c> is any one segment, <c>N</c> an array index.</item>
/// </list>
/// Keys named in any other cell (<c>`Telemetry:OtlpEndpoint`</c>) count too. Matching ignores case, as ASP.NET Core's
/// configuration does, and array indexes (<c>Http:KnownProxies:0</c> is <c>Http:KnownProxies</c>).
/// </summary>
internal sealed partial class HostConfigurationKeys
{
    /// <summary>Being added with issue 18 part 2 (another branch): the public issuer, and whose forwarded headers count.</summary>
    public static readonly string[] AddedInThisRelease = ["Identity:Issuer", "Http:KnownProxies", "Http:KnownNetworks"];

    private const string Ellipsis = "…";

    private readonly List<string[]> _patterns;

    private HostConfigurationKeys(List<string[]> patterns) => _patterns = patterns;

    public IReadOnlyList<string> Patterns => [.. _patterns.Select(pattern => string.Join(':', pattern))];

    public static HostConfigurationKeys FromReadme() =>
        Parse(Repository.Read("README.md"), AddedInThisRelease);

    public static HostConfigurationKeys Parse(string readme, IEnumerable<string> extraKeys)
    {
        var patterns = new List<string[]>();
        foreach (var row in ConfigurationTableRows(readme))
        {
            var cells = row.Trim().Trim('|').Split('|');
            patterns.AddRange(KeysOfKeyCell(cells[0]).Select(Segments));
            patterns.AddRange(cells.Skip(1)
                .SelectMany(cell => Backticked().Matches(cell).Select(match => match.Groups["text"].Value))
                .Where(text => FullKey().IsMatch(text))
                .Select(Segments));
        }

        patterns.AddRange(extraKeys.Select(Segments));
        return patterns.Count > 0
            ? new HostConfigurationKeys(patterns)
            : throw new InvalidOperationException("README.md has no configuration table under '## Configuration'.");
    }

    /// <summary>A configuration key (<c>Identity:Issuer</c>) or an environment variable's name (<c>Identity__Issuer</c>).</summary>
    public bool Knows(string key)
    {
        var segments = key.Replace("__", ":", StringComparison.Ordinal).Split(':')
            .Where(segment => !segment.All(char.IsAsciiDigit))
            .ToArray();
        return _patterns.Any(pattern => Matches(pattern, segments));
    }

    private static bool Matches(string[] pattern, string[] segments)
    {
        var literal = pattern.Where(segment => segment != "N").ToArray();
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] == "*")
                return segments.Length > i;
            if (i >= segments.Length)
                return false;
            var isPlaceholder = literal[i].StartsWith('<') && literal[i].EndsWith('>');
            if (!isPlaceholder && !string.Equals(literal[i], segments[i], StringComparison.OrdinalIgnoreCase))
                return false;
        }

        return literal.Length == segments.Length;
    }

    private static IEnumerable<string> ConfigurationTableRows(string readme)
    {
        var inSection = false;
        foreach (var line in readme.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
                inSection = line.Trim() == "## Configuration";
            else if (inSection && line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal) && !line.StartsWith("| key |", StringComparison.Ordinal))
                yield return line;
        }
    }

    private static List<string> KeysOfKeyCell(string cell)
    {
        var keys = new List<string>();
        string? anchor = null;
        var previousEnd = 0;
        foreach (Match match in Backticked().Matches(cell))
        {
            var text = match.Groups["text"].Value;
            var gap = cell[previousEnd..match.Index];
            previousEnd = match.Index + match.Length;

            if (text.StartsWith(Ellipsis + ":", StringComparison.Ordinal))
            {
                keys.Add($"{Parent(anchor, text)}:{text[(Ellipsis.Length + 1)..]}");
            }
            else if (text.StartsWith(Ellipsis, StringComparison.Ordinal))
            {
                var word = text[Ellipsis.Length..];
                keys.AddRange(keys.ToList().Select(key => LastWord().Replace(key, word)));
            }
            else if (!text.Contains(':', StringComparison.Ordinal))
            {
                if (gap.Trim() == Ellipsis)
                    keys.Add($"{Parent(anchor, text)}:*");
                keys.Add($"{Parent(anchor, text)}:{text}");
            }
            else
            {
                anchor = text;
                keys.Add(text);
            }
        }

        return keys;
    }

    private static string Parent(string? anchor, string abbreviation) =>
        anchor is not null
            ? anchor[..anchor.LastIndexOf(':')]
            : throw new InvalidOperationException($"README.md's configuration table abbreviates `{abbreviation}` before naming a key it could belong to.");

    private static string[] Segments(string key) => key.Split(':');

    [GeneratedRegex("`(?<text>[^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(:[A-Za-z0-9<>]+)+$")]
    private static partial Regex FullKey();

    /// <summary>The last PascalCase word of the last segment: <c>Path</c> in <c>Identity:SigningCertificatePath</c>.</summary>
    [GeneratedRegex("[A-Z][a-z0-9]*$")]
    private static partial Regex LastWord();
}

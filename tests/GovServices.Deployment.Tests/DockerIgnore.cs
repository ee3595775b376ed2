using System.Text.RegularExpressions;
using GovServices.Testing;

namespace GovServices.Deployment.Tests;

/// <summary>
/// The repository's .dockerignore as Docker applies it: patterns in order, the last one that matches a path or one
/// of its parent directories decides, <c>!</c> includes again; <c>*</c> stays within a path segment, <c>**</c> does not.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Include)> _rules;

    private DockerIgnore(List<(Regex Pattern, bool Include)> rules) => _rules = rules;

    public static DockerIgnore Load() => Parse(Repository.Read(".dockerignore"));

    public static DockerIgnore Parse(string text) => new([.. text.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.StartsWith('!') ? (Glob(line[1..]), true) : (Glob(line), false))]);

    /// <summary>Whether a path of the repository (forward slashes, relative to the root) enters the build context.</summary>
    public bool Includes(string relativePath)
    {
        var path = relativePath.Trim('/');
        var included = true;
        foreach (var (pattern, include) in _rules)
        {
            if (SelfAndParents(path).Any(candidate => pattern.IsMatch(candidate)))
                included = include;
        }

        return included;
    }

    private static IEnumerable<string> SelfAndParents(string path)
    {
        for (var end = path.IndexOf('/', StringComparison.Ordinal); end > 0; end = path.IndexOf('/', end + 1))
            yield return path[..end];
        yield return path;
    }

    private static Regex Glob(string pattern)
    {
        var trimmed = pattern.Trim('/');
        var regex = Regex.Escape(trimmed)
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        return new Regex($"^{regex}$", RegexOptions.CultureInvariant);
    }
}

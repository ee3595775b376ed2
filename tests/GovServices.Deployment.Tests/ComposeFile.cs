using GovServices.Testing;
using YamlDotNet.RepresentationModel;

namespace GovServices.Deployment.Tests;

/// <summary>
/// A compose file as Docker Compose reads it, as far as the tests need: services with their environment, volumes,
/// depends_on and healthcheck. Anchors and aliases are resolved by the YAML parser; <c>${…}</c> is left as written.
/// </summary>
internal sealed class ComposeFile
{
    private readonly YamlMappingNode _root;

    private ComposeFile(string relativePath, YamlMappingNode root)
    {
        RelativePath = relativePath;
        _root = root;
    }

    public string RelativePath { get; }

    public string Directory => Path.GetDirectoryName(Repository.PathOf(RelativePath))!;

    public string Text => Repository.Read(RelativePath);

    public IReadOnlyDictionary<string, ComposeService> Services =>
        Mapping(_root, "services")?.Children.ToDictionary(
            entry => Scalar(entry.Key)!,
            entry => new ComposeService(Scalar(entry.Key)!, (YamlMappingNode)entry.Value))
        ?? [];

    public static ComposeFile Load(string relativePath)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(Repository.Read(relativePath)))
            stream.Load(reader);
        return stream.Documents is [{ RootNode: YamlMappingNode root }]
            ? new ComposeFile(relativePath, root)
            : throw new InvalidOperationException($"{relativePath} is not one YAML document with a mapping at its root.");
    }

    internal static YamlMappingNode? Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    internal static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;
}

/// <summary>One service of a compose file.</summary>
internal sealed class ComposeService(string name, YamlMappingNode node)
{
    public string Name { get; } = name;

    public string? Image => Value("image");

    public bool ReadOnly => Value("read_only") == "true";

    public string? StopGracePeriod => Value("stop_grace_period");

    /// <summary>The environment, whether written as a mapping or as a list of NAME=value.</summary>
    public IReadOnlyDictionary<string, string> Environment => Child("environment") switch
    {
        YamlMappingNode mapping => mapping.Children.ToDictionary(entry => ComposeFile.Scalar(entry.Key)!, entry => ComposeFile.Scalar(entry.Value) ?? ""),
        YamlSequenceNode list => list.Children.Select(item => ComposeFile.Scalar(item)!.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : ""),
        _ => new Dictionary<string, string>(),
    };

    public IReadOnlyList<string> Volumes => Sequence("volumes");

    public IReadOnlyList<string> Tmpfs => Sequence("tmpfs");

    public IReadOnlyList<string> Command => Sequence("command");

    public IReadOnlyList<string> Entrypoint => Sequence("entrypoint");

    /// <summary>depends_on in its long form: each service and the condition to wait for.</summary>
    public IReadOnlyDictionary<string, string> DependsOn => Child("depends_on") switch
    {
        YamlMappingNode mapping => mapping.Children.ToDictionary(
            entry => ComposeFile.Scalar(entry.Key)!,
            entry => ComposeFile.Scalar(Child((YamlMappingNode)entry.Value, "condition")) ?? "service_started"),
        YamlSequenceNode list => list.Children.ToDictionary(item => ComposeFile.Scalar(item)!, _ => "service_started"),
        _ => new Dictionary<string, string>(),
    };

    /// <summary>The healthcheck's test command, empty when there is none or it is disabled.</summary>
    public IReadOnlyList<string> HealthcheckTest
    {
        get
        {
            if (Child("healthcheck") is not YamlMappingNode healthcheck || ComposeFile.Scalar(Child(healthcheck, "disable")) == "true")
                return [];
            return Child(healthcheck, "test") switch
            {
                YamlSequenceNode test => [.. test.Children.Select(item => ComposeFile.Scalar(item)!)],
                YamlScalarNode test => ["CMD-SHELL", test.Value!],
                _ => [],
            };
        }
    }

    public bool HealthcheckDisabled =>
        Child("healthcheck") is YamlMappingNode healthcheck && ComposeFile.Scalar(Child(healthcheck, "disable")) == "true";

    /// <summary>The address the service has on a network (<c>networks: name: ipv4_address</c>).</summary>
    public string? Ipv4AddressOn(string network) =>
        Child("networks") is YamlMappingNode networks && Child(networks, network) is YamlMappingNode settings
            ? ComposeFile.Scalar(Child(settings, "ipv4_address"))
            : null;

    private string? Value(string key) => ComposeFile.Scalar(Child(key));

    private IReadOnlyList<string> Sequence(string key) =>
        Child(key) is YamlSequenceNode sequence ? [.. sequence.Children.Select(item => ComposeFile.Scalar(item)!)] : [];

    private YamlNode? Child(string key) => Child(node, key);

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}

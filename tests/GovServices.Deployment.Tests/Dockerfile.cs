using System.Text.Json;
using GovServices.Testing;

namespace GovServices.Deployment.Tests;

/// <summary>The repository's Dockerfile, read as instructions grouped by stage (continuation lines joined).</summary>
internal sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<DockerStage> stages) => Stages = stages;

    public IReadOnlyList<DockerStage> Stages { get; }

    public DockerStage Build => Stages[0];

    public DockerStage Runtime => Stages[^1];

    public static Dockerfile Load()
    {
        var stages = new List<DockerStage>();
        var logical = "";
        foreach (var rawLine in Repository.Read("Dockerfile").Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (logical.Length == 0 && line.TrimStart().StartsWith('#'))
                continue;
            if (line.EndsWith('\\'))
            {
                logical += line[..^1] + " ";
                continue;
            }

            logical += line;
            if (logical.Trim().Length > 0)
            {
                var parts = logical.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
                var instruction = new DockerInstruction(parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : "");
                if (instruction.Name == "FROM")
                    stages.Add(new DockerStage(instruction.Arguments));
                else if (stages.Count > 0)
                    stages[^1].Instructions.Add(instruction);
            }

            logical = "";
        }

        return new Dockerfile(stages);
    }
}

/// <summary>A build stage: its base image and instructions.</summary>
internal sealed class DockerStage(string from)
{
    public string From { get; } = from;

    public string BaseImage => From.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    public List<DockerInstruction> Instructions { get; } = [];

    public IEnumerable<DockerInstruction> All(string name) => Instructions.Where(instruction => instruction.Name == name);

    public DockerInstruction? Last(string name) => All(name).LastOrDefault();

    /// <summary>ENV in its <c>KEY=value KEY=value</c> form.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        All("ENV").SelectMany(instruction => instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "");
}

/// <summary>One instruction, for example <c>COPY src/ src/</c>.</summary>
internal sealed record DockerInstruction(string Name, string Arguments)
{
    /// <summary>The exec form's arguments (<c>["dotnet", "x.dll"]</c>) after any options such as HEALTHCHECK's.</summary>
    public IReadOnlyList<string> ExecForm
    {
        get
        {
            var start = Arguments.IndexOf('[', StringComparison.Ordinal);
            return start < 0
                ? throw new InvalidOperationException($"{Name} {Arguments} is not in exec form.")
                : JsonSerializer.Deserialize<string[]>(Arguments[start..])!;
        }
    }

    /// <summary>The words, options (<c>--from=build</c>) included.</summary>
    public IReadOnlyList<string> Words => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

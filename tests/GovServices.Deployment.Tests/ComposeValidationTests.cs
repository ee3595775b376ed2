using System.Text.RegularExpressions;
using GovServices.Testing;
using GovServices.Testing.Databases;

namespace GovServices.Deployment.Tests;

/// <summary>
/// Docker Compose's own reading of each topology: <c>docker-compose config</c> validates the file against its schema
/// and interpolates <c>.env</c> without a Docker engine (Debian's package, which .ci/run installs). Debian 12's
/// docker-compose is 1.29, which predates the top-level <c>name</c>: the copy it reads has that one line removed.
/// </summary>
[TestFixture("postgres")]
[TestFixture("sqlserver")]
public sealed partial class ComposeValidationTests(string topology)
{
    private const string Placeholder = "placeholder-Secret-1";

    private string _directory = null!;

    [SetUp]
    public void CopyTopologies()
    {
        _directory = Directory.CreateTempSubdirectory("govservices-compose-").FullName;
        var source = Repository.PathOf("deploy/compose");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_directory, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var compose = Path.Combine(TopologyDirectory, "compose.yaml");
        File.WriteAllText(compose, TopLevelName().Replace(File.ReadAllText(compose), ""));
    }

    [TearDown]
    public void DeleteCopy() => Directory.Delete(_directory, recursive: true);

    private string TopologyDirectory => Path.Combine(_directory, topology);

    [Test]
    public async Task Docker_Compose_accepts_the_file_once_every_secret_has_a_value()
    {
        var example = await File.ReadAllLinesAsync(Path.Combine(TopologyDirectory, ".env.example"));
        await File.WriteAllLinesAsync(Path.Combine(TopologyDirectory, ".env"), example.Select(line => line.EndsWith('=') ? line + Placeholder : line));

        var result = await ConfigAsync();

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Contain($"Identity__SigningCertificatePassword: {Placeholder}"));
    }

    [Test]
    public async Task Docker_Compose_refuses_the_file_while_a_secret_is_empty()
    {
        File.Copy(Path.Combine(TopologyDirectory, ".env.example"), Path.Combine(TopologyDirectory, ".env"));

        var result = await ConfigAsync();

        Assert.That(result.ExitCode, Is.Not.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.Contain("in .env"), "the message says which variable to set");
    }

    private async Task<ExternalProcessResult> ConfigAsync()
    {
        const string compose = "/usr/bin/docker-compose";
        if (!File.Exists(compose))
        {
            const string reason = "docker-compose is not installed (Debian's package docker-compose; .ci/run installs it)";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
                Assert.Fail($"{reason}: in CI the check must run.");
            Assert.Ignore(reason);
        }

        // The variables of .env only: none of this machine's environment may fill a gap in it.
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => Variable().IsMatch(name))
            .ToDictionary(name => name, _ => (string?)null);
        return await ExternalProcess.RunAsync(compose, ["--file", "compose.yaml", "config"], TopologyDirectory, TimeSpan.FromMinutes(1), environment);
    }

    [GeneratedRegex(@"^name: .*\n", RegexOptions.Multiline)]
    private static partial Regex TopLevelName();

    [GeneratedRegex("^(GOVSERVICES_|POSTGRES_|MSSQL_|IDENTITY_|BANK_|PUBLIC_HOST|PROXY_|BACKEND_|TELEMETRY_|COMPOSE_)")]
    private static partial Regex Variable();
}

using System.Xml.Linq;
using GovServices.Testing;

namespace GovServices.Deployment.Tests;

public sealed class DockerfileTests
{
    private const string DataDirectory = "/var/lib/govservices";

    private static readonly Dockerfile Image = Dockerfile.Load();

    [Test]
    public void The_build_stage_is_the_sdk_and_the_last_stage_the_aspnet_runtime_of_the_target_framework()
    {
        var targetFramework = XDocument.Load(Repository.PathOf("Directory.Build.props"))
            .Descendants("TargetFramework").Single().Value;
        var version = targetFramework["net".Length..];

        Assert.Multiple(() =>
        {
            Assert.That(Image.Stages, Has.Count.EqualTo(2));
            Assert.That(Image.Build.BaseImage, Is.EqualTo($"mcr.microsoft.com/dotnet/sdk:{version}"));
            Assert.That(Image.Runtime.BaseImage, Is.EqualTo($"mcr.microsoft.com/dotnet/aspnet:{version}"));
        });
    }

    [Test]
    public void The_runtime_stage_runs_as_a_user_that_is_not_root()
    {
        var user = Image.Runtime.Last("USER")?.Arguments;

        Assert.That(user, Is.Not.Null.And.Not.EqualTo("root").And.Not.EqualTo("0"), "the last USER of the runtime stage");
    }

    [Test]
    public void The_data_directory_is_the_only_volume_and_the_host_keeps_its_files_there()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Image.Runtime.All("VOLUME").Select(volume => volume.Arguments), Is.EqualTo(new[] { DataDirectory }));
            Assert.That(Image.Runtime.Environment["Database__DataDirectory"], Is.EqualTo(DataDirectory));
            Assert.That(Image.Runtime.Environment["ASPNETCORE_ENVIRONMENT"], Is.EqualTo("Production"));
        });
    }

    [Test]
    public void Every_configuration_key_the_image_sets_is_one_the_host_knows()
    {
        var keys = HostConfigurationKeys.FromReadme();
        var unknown = Image.Stages.SelectMany(stage => stage.Environment.Keys)
            .Where(name => name.Contains("__", StringComparison.Ordinal) && !keys.Knows(name));

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void The_healthcheck_asks_the_liveness_probe()
    {
        var healthcheck = Image.Runtime.Last("HEALTHCHECK");

        Assert.That(healthcheck, Is.Not.Null);
        Assert.That(healthcheck!.ExecForm[^1], Does.EndWith("/health/live"));
    }

    [Test]
    public void Every_path_the_build_stage_copies_exists_and_enters_the_build_context()
    {
        var ignore = DockerIgnore.Load();
        var sources = Image.Build.All("COPY")
            .Select(copy => copy.Words.Where(word => !word.StartsWith("--", StringComparison.Ordinal)).ToArray())
            .SelectMany(words => words[..^1])
            .ToList();

        Assert.That(sources, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var source in sources)
            {
                Assert.That(File.Exists(Repository.PathOf(source)) || Directory.Exists(Repository.PathOf(source)), Is.True, $"{source} exists");
                Assert.That(ignore.Includes(source), Is.True, $"{source} is not excluded by .dockerignore");
            }
        });
    }

    [Test]
    public void The_build_context_leaves_out_local_data_build_output_and_secrets()
    {
        var ignore = DockerIgnore.Load();

        Assert.Multiple(() =>
        {
            foreach (var path in new[]
            {
                "src/Host/GovServices.Host/data/identity.db",
                "src/Host/GovServices.Host/bin/Debug/net10.0/GovServices.Host.dll",
                "src/Modules/Identity/GovServices.Identity/obj/project.assets.json",
                "deploy/compose/postgres/.env",
                "deploy/compose/certs/identity/signing.pfx",
                "tests/GovServices.Deployment.Tests/DockerfileTests.cs",
                ".git/HEAD",
            })
            {
                Assert.That(ignore.Includes(path), Is.False, $"{path} stays out of the build context");
            }

            Assert.That(ignore.Includes("src/Modules/Identity/GovServices.Identity/Data/Scripts/postgres/0001_identity.sql"), Is.True,
                "a module's Data folder (capital D) is source");
        });
    }

    [Test]
    public async Task The_published_image_has_the_entry_assembly_and_the_health_probe()
    {
        var root = await PublishedImage.RootAsync();
        var workingDirectory = Image.Runtime.Last("WORKDIR")!.Arguments;
        var entryPoint = Image.Runtime.Last("ENTRYPOINT")!.ExecForm;
        var probe = Image.Runtime.Last("HEALTHCHECK")!.ExecForm;

        var copiesBuildOutput = Image.Runtime.All("COPY").Any(copy => copy.Words.SequenceEqual(["--from=build", "/app", "./"]));
        Assert.That(copiesBuildOutput && workingDirectory == "/app", Is.True, "the runtime stage copies the build stage's /app into its WORKDIR /app");
        Assert.Multiple(() =>
        {
            Assert.That(entryPoint, Is.EqualTo(new[] { "dotnet", "GovServices.Host.dll" }));
            Assert.That(File.Exists(PublishedImage.OnDisk(root, $"{workingDirectory}/{entryPoint[1]}")), Is.True, "the entry assembly");
            Assert.That(File.Exists(PublishedImage.OnDisk(root, $"{workingDirectory}/GovServices.Host.runtimeconfig.json")), Is.True, "its runtime configuration");
            Assert.That(probe[0], Is.EqualTo("dotnet"));
            Assert.That(File.Exists(PublishedImage.OnDisk(root, probe[1])), Is.True, $"the health probe {probe[1]}");
        });
    }
}

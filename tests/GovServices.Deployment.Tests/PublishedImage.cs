using GovServices.Testing;
using GovServices.Testing.Databases;

namespace GovServices.Deployment.Tests;

/// <summary>
/// The files the Dockerfile's build stage produces, made here the way it makes them: every <c>dotnet</c> command of
/// its RUN instructions, run in the repository (the build stage's WORKDIR holds what it COPYs, at the same paths),
/// with each absolute output path moved under a temporary folder that stands for the image's root. Made once per
/// test run, on first use.
/// </summary>
internal static class PublishedImage
{
    private static readonly Lazy<Task<string>> Root = new(PublishAsync);

    /// <summary>The temporary folder standing for the image's root: <c>/app</c> is <c>{root}/app</c>.</summary>
    public static Task<string> RootAsync() => Root.Value;

    /// <summary>A path inside the image as it is on this machine.</summary>
    public static string OnDisk(string root, string imagePath) => Path.Combine(root, imagePath.TrimStart('/'));

    internal static void Delete()
    {
        if (Root.IsValueCreated && Root.Value.IsCompletedSuccessfully)
            System.IO.Directory.Delete(Root.Value.Result, recursive: true);
    }

    /// <summary>The <c>dotnet</c> commands of the build stage, in order, each split into its words.</summary>
    public static IReadOnlyList<string[]> BuildCommands(Dockerfile dockerfile) =>
    [
        .. dockerfile.Build.All("RUN")
            .SelectMany(run => run.Arguments.Split("&&", StringSplitOptions.TrimEntries))
            .Select(command => command.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words is ["dotnet", ..]),
    ];

    private static async Task<string> PublishAsync()
    {
        var root = System.IO.Directory.CreateTempSubdirectory("govservices-image-").FullName;
        foreach (var words in BuildCommands(Dockerfile.Load()))
        {
            var arguments = words.Skip(1).ToArray();
            for (var i = 1; i < arguments.Length; i++)
            {
                if (arguments[i - 1] is "-o" or "--output" && arguments[i].StartsWith('/'))
                    arguments[i] = OnDisk(root, arguments[i]);
            }

            var result = await ExternalProcess.RunAsync(
                DotnetHost(),
                arguments,
                Repository.Root,
                TimeSpan.FromMinutes(15),
                new Dictionary<string, string?>
                {
                    // A build of its own: no MSBuild node of the test run's build is reused.
                    ["MSBUILDDISABLENODEREUSE"] = "1",
                    ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                    ["DOTNET_NOLOGO"] = "1",
                });
            if (!result.Succeeded)
                throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({result.ExitCode}):\n{result.Output}");
        }

        return root;
    }

    /// <summary>The dotnet that runs the tests (the SDK sets DOTNET_HOST_PATH for its children), else the one on PATH.</summary>
    private static string DotnetHost() =>
        System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
}

/// <summary>Removes the published files once every test has run.</summary>
[SetUpFixture]
public sealed class PublishedImageCleanup
{
    [OneTimeTearDown]
    public void DeletePublishedImage() => PublishedImage.Delete();
}

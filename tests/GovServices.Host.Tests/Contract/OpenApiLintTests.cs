using System.Text.Json.Nodes;
using GovServices.Testing;

namespace GovServices.Host.Tests.Contract;

/// <summary>
/// The served documents lint clean under Redocly CLI's <c>recommended</c> rules and Spectral's <c>spectral:oas</c>
/// (errors; warnings are allowed), and operation ids are unique and never change once released (docs/adr/0065).
/// </summary>
[TestFixture]
internal sealed class OpenApiLintTests
{
    private GovServicesWebApplicationFactory _host = null!;
    private string _directory = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new GovServicesWebApplicationFactory();
        _directory = System.IO.Directory.CreateTempSubdirectory("govservices-openapi-lint-").FullName;
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _host.DisposeAsync();
        System.IO.Directory.Delete(_directory, recursive: true);
    }

    [TestCase("/openapi/v1.json")]
    [TestCase("/openapi/open311-v2.json")]
    public async Task The_served_document_has_no_errors_under_redocly_recommended(string path)
    {
        var result = await OpenApiLinters.RedoclyAsync(await ServedAsync(path));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
    }

    [TestCase("/openapi/v1.json")]
    [TestCase("/openapi/open311-v2.json")]
    public async Task The_served_document_has_no_errors_under_spectral_oas(string path)
    {
        var result = await OpenApiLinters.SpectralAsync(await ServedAsync(path));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
    }

    [Test]
    public async Task Every_operation_has_a_unique_id_and_every_released_id_is_still_served_for_the_same_operation()
    {
        var served = Operations(JsonNode.Parse(await File.ReadAllTextAsync(await ServedAsync("/openapi/v1.json")))!);
        var released = System.IO.Directory.GetFiles(Path.Combine(Repository.Root, "docs", "openapi", "releases"), "*.json")
            .SelectMany(file => Operations(JsonNode.Parse(File.ReadAllText(file))!))
            .Distinct()
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(served.Where(operation => string.IsNullOrEmpty(operation.Id)), Is.Empty, "every operation has an id");
            Assert.That(served.GroupBy(operation => operation.Id).Where(group => group.Count() > 1).Select(group => group.Key), Is.Empty, "ids are unique");
            Assert.That(released.Except(served), Is.Empty, "a released operation keeps its id");
        }
    }

    [Test]
    public async Task Public_operations_say_so_and_every_scope_required_is_one_the_flows_list()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(await ServedAsync("/openapi/v1.json")))!;
        var flows = document["components"]!["securitySchemes"]!["oauth2"]!["flows"]!.AsObject();
        var listed = flows.SelectMany(flow => flow.Value!["scopes"]!.AsObject().Select(scope => scope.Key)).ToHashSet(StringComparer.Ordinal);
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(item => item.Value is JsonObject { } operation && operation.ContainsKey("responses")))
            .Select(item => item.Value!.AsObject())
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(operations.Where(operation => operation["security"] is null).Select(operation => operation["operationId"]?.GetValue<string>()), Is.Empty,
                "public operations carry an explicit security: []");
            var required = operations.SelectMany(operation => operation["security"]!.AsArray())
                .SelectMany(requirement => requirement!.AsObject().SelectMany(scheme => scheme.Value!.AsArray().Select(scope => scope!.GetValue<string>())));
            Assert.That(required.Where(scope => !listed.Contains(scope)).Distinct(), Is.Empty);
            Assert.That(listed, Does.Contain("profile"));
            Assert.That(document["servers"]?.AsArray(), Is.Not.Empty);
            Assert.That(document["info"]!["license"]?["identifier"]?.GetValue<string>(), Is.Not.Empty);
            Assert.That(document["info"]!["contact"]?["url"]?.GetValue<string>(), Does.StartWith("https://"));
        }
    }

    private static List<(string Method, string Path, string? Id)> Operations(JsonNode document) =>
    [
        .. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(item => item.Value is JsonObject { } operation && operation.ContainsKey("responses"))
            .Select(item => (item.Key, path.Key, item.Value!["operationId"]?.GetValue<string>()))),
    ];

    private async Task<string> ServedAsync(string path)
    {
        using var client = _host.CreateClient();
        var file = Path.Combine(_directory, Path.GetFileName(path));
        await File.WriteAllTextAsync(file, await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        return file;
    }
}

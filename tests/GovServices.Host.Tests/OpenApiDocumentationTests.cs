using System.Net;
using System.Text.Json;
using GovServices.Testing;

namespace GovServices.Host.Tests;

[TestFixture]
internal sealed class OpenApiDocumentationTests
{
    /// <summary>
    /// Set to 1 to rewrite the committed document from the running application instead of comparing with it;
    /// <c>build/export-openapi.sh</c> does exactly that.
    /// </summary>
    private const string UpdateVariable = "GOVSERVICES_UPDATE_OPENAPI";

    private GovServicesWebApplicationFactory _host = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new GovServicesWebApplicationFactory();
        _client = _host.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task The_document_is_openapi_3_1_titled_GovServices_API()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(document.RootElement.GetProperty("openapi").GetString(), Does.StartWith("3.1"));
            Assert.That(document.RootElement.GetProperty("info").GetProperty("title").GetString(), Is.EqualTo("GovServices API"));
            Assert.That(document.RootElement.GetProperty("servers").EnumerateArray().Select(server => server.GetProperty("url").GetString()), Is.EqualTo(new[] { "/" }),
                "one relative server: addresses differ per run and per deployment");
        }
    }

    [TestCase("/swagger")]
    [TestCase("/docs")]
    public async Task The_interactive_documentation_loads_and_reads_the_document(string path)
    {
        using var page = await _client.GetAsync(new Uri(path, UriKind.Relative));
        using var script = await _client.GetAsync(new Uri($"{path}/index.js", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(script.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await script.Content.ReadAsStringAsync(), Does.Contain("\"/openapi/v1.json\""));
        }
    }

    /// <summary>
    /// docs/openapi/v1.json is what clients and reviewers read, so it must be what the application serves.
    /// With GOVSERVICES_UPDATE_OPENAPI=1 this test rewrites the file instead (see build/export-openapi.sh).
    /// </summary>
    [Test]
    public async Task The_committed_document_is_the_one_the_application_serves()
    {
        var served = NormaliseLineEndings(await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var committedPath = Path.Combine(Repository.Root, "docs", "openapi", "v1.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(committedPath)!);
            await File.WriteAllTextAsync(committedPath, served);
            TestContext.Progress.WriteLine($"Wrote {committedPath}.");
        }

        var committed = File.Exists(committedPath) ? NormaliseLineEndings(await File.ReadAllTextAsync(committedPath)) : "";
        Assert.That(
            committed,
            Is.EqualTo(served),
            $"{committedPath} is stale. Regenerate it with build/export-openapi.sh (or run this test with {UpdateVariable}=1) and commit it.");
    }

    private static string NormaliseLineEndings(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}

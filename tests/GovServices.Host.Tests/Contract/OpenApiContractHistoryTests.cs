using System.Text.Json.Nodes;
using GovServices.Testing;

namespace GovServices.Host.Tests.Contract;

/// <summary>
/// The API's contract history: the served document breaks no released version of its major version, and the
/// comparison does catch each kind of breaking change (on the first release, changed in memory).
/// </summary>
[TestFixture]
internal sealed class OpenApiContractHistoryTests
{
    private JsonNode _served = null!;

    [OneTimeSetUp]
    public async Task ReadServedDocument()
    {
        await using var host = new GovServicesWebApplicationFactory();
        using var client = host.CreateClient();
        _served = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
    }

    [Test]
    public void The_served_contract_breaks_no_released_version_of_its_major_version()
    {
        var current = ContractReleases.VersionOf(_served);
        var releases = ContractReleases.All(Repository.Root);
        Assert.That(releases, Is.Not.Empty, "docs/openapi/releases holds the released documents");
        Assert.That(current, Is.GreaterThanOrEqualTo(releases[^1].Version), "the contract's version never goes back");

        foreach (var release in releases.Where(release => ContractReleases.BindingOn(current, [release.Version]).Any()))
        {
            var breaking = OpenApiCompatibility.BreakingChanges(JsonNode.Parse(File.ReadAllText(release.Path))!, _served);
            Assert.That(breaking, Is.Empty,
                $"Breaking changes to released version {release.Version}: either keep the old shape, or raise the major version " +
                "(OpenApiDocumentationExtensions.ContractVersion) and record it in docs/openapi/CHANGELOG.md.");
        }
    }

    [Test]
    public void Every_released_version_is_in_the_changelog()
    {
        var changelog = File.ReadAllText(Path.Combine(Repository.Root, "docs", "openapi", "CHANGELOG.md"));

        Assert.That(ContractReleases.All(Repository.Root).Select(release => $"## {release.Version}"), Has.All.Matches<string>(changelog.Contains));
    }

    [Test]
    public void The_release_is_compatible_with_itself()
    {
        Assert.That(OpenApiCompatibility.BreakingChanges(Release(), Release()), Is.Empty);
    }

    [Test]
    public void Additions_are_not_breaking()
    {
        var current = Release();
        current["paths"]!["/api/v1/audit/seals"] = JsonNode.Parse("""{"get":{"responses":{"200":{"description":"OK"}}}}""");
        Operation(current, "get", "/api/v1/identity/users")["parameters"]!.AsArray()
            .Add(JsonNode.Parse("""{"name":"department","in":"query","schema":{"type":"string"}}"""));
        Schema(current, "ComplaintFiled")["properties"]!["slaDueAt"] = JsonNode.Parse("""{"type":"string","format":"date-time"}""");
        Schema(current, "FileComplaint")["properties"]!["channel"] = JsonNode.Parse("""{"type":["null","string"]}""");

        Assert.That(OpenApiCompatibility.BreakingChanges(Release(), current), Is.Empty);
    }

    [Test]
    public void A_removed_operation_is_breaking()
    {
        var current = Release();
        current["paths"]!["/api/v1/complaints"]!.AsObject().Remove("post");

        Assert.That(OpenApiCompatibility.BreakingChanges(Release(), current), Has.Some.EqualTo("POST /api/v1/complaints: the operation was removed"));
    }

    [Test]
    public void A_removed_path_is_breaking()
    {
        var current = Release();
        current["paths"]!.AsObject().Remove("/api/v1/audit/verify");

        Assert.That(OpenApiCompatibility.BreakingChanges(Release(), current), Has.Some.EqualTo("/api/v1/audit/verify: the path was removed"));
    }

    [Test]
    public void A_removed_response_property_is_breaking()
    {
        var current = Release();
        Schema(current, "ComplaintFiled")["properties"]!.AsObject().Remove("trackingCode");

        Assert.That(OpenApiCompatibility.BreakingChanges(Release(), current), Has.Some.Contains("the property 'trackingCode' was removed"));
    }

    [Test]
    public void A_narrowed_parameter_type_is_breaking()
    {
        var current = Release();
        var limit = Operation(current, "get", "/api/v1/identity/users")["parameters"]!.AsArray().Single(parameter => (string?)parameter!["name"] == "limit")!;
        limit["schema"] = JsonNode.Parse("""{"type":"string","pattern":"^[0-9]+$"}""");

        Assert.That(OpenApiCompatibility.BreakingChanges(Release(), current), Has.Some.Contains("query parameter 'limit': the type narrowed"));
    }

    [Test]
    public void A_new_required_parameter_is_breaking()
    {
        var current = Release();
        Operation(current, "get", "/api/v1/identity/users")["parameters"]!.AsArray()
            .Add(JsonNode.Parse("""{"name":"department","in":"query","required":true,"schema":{"type":"string"}}"""));

        Assert.That(OpenApiCompatibility.BreakingChanges(Release(), current), Has.Some.Contains("the query parameter 'department' is newly required"));
    }

    [Test]
    public void A_new_required_request_property_is_breaking()
    {
        var current = Release();
        Schema(current, "FileComplaint")["properties"]!["channel"] = JsonNode.Parse("""{"type":"string"}""");
        Schema(current, "FileComplaint")["required"] = new JsonArray("channel");

        Assert.That(OpenApiCompatibility.BreakingChanges(Release(), current), Has.Some.Contains("the property 'channel' is newly required"));
    }

    [Test]
    public void A_bare_reference_of_an_old_release_may_be_declared_nullable_but_not_once_releases_say_nullable_references()
    {
        const string nullableReference = """{"oneOf":[{"type":"null"},{"$ref":"#/components/schemas/ChainSeal"}]}""";
        var current = Release();
        Schema(current, "ChainVerification")["properties"]!["lastSeal"] = JsonNode.Parse(nullableReference);
        var laterRelease = Release();
        Schema(laterRelease, "ChainVerification")["properties"]!["break"] = JsonNode.Parse(nullableReference.Replace("ChainSeal", "ChainBreak", StringComparison.Ordinal));
        var laterCurrent = laterRelease.DeepClone();
        Schema(laterCurrent, "ChainVerification")["properties"]!["lastSeal"] = JsonNode.Parse(nullableReference);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(OpenApiCompatibility.BreakingChanges(Release(), current), Is.Empty, "a correction of a release that could not say it");
            Assert.That(OpenApiCompatibility.BreakingChanges(laterRelease, laterCurrent), Has.Some.Contains("lastSeal: the type widened"));
        }
    }

    [Test]
    public void A_breaking_change_is_allowed_once_the_major_version_is_bumped()
    {
        var released = new[] { new Version(1, 0, 0), new Version(1, 2, 0) };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ContractReleases.BindingOn(new Version(1, 3, 0), released), Is.EqualTo(released));
            Assert.That(ContractReleases.BindingOn(new Version(2, 0, 0), released), Is.Empty);
        }
    }

    private static JsonNode Release() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ContractReleases.Directory(Repository.Root), "1.0.0.json")))!;

    private static JsonNode Operation(JsonNode document, string method, string path) => document["paths"]![path]![method]!;

    private static JsonNode Schema(JsonNode document, string name) => document["components"]!["schemas"]![name]!;
}

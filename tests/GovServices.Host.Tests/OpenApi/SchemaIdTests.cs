using System.Net;
using System.Text.Json.Nodes;
using GovServices.Testing;

namespace GovServices.Host.Tests.OpenApi;

/// <summary>
/// Records that share a name still get one schema each: with the same name as a module's record (the collision
/// that once made /openapi/v1.json answer 500) and with the same name within one module.
/// </summary>
[TestFixture]
internal sealed class SchemaIdTests
{
    private const string DocumentPath = "/openapi/v1.json";
    private const string SchemaReference = "#/components/schemas/";

    private GovServicesWebApplicationFactory _plain = null!;
    private HostWithSameNamedRecords _extended = null!;
    private JsonNode _plainDocument = null!;
    private JsonNode _document = null!;

    [OneTimeSetUp]
    public async Task ReadBothDocumentsAsync()
    {
        _plain = new GovServicesWebApplicationFactory();
        _extended = new HostWithSameNamedRecords();
        _plainDocument = await ReadDocumentAsync(_plain);
        _document = await ReadDocumentAsync(_extended);
    }

    [OneTimeTearDown]
    public async Task StopHostsAsync()
    {
        await _plain.DisposeAsync();
        await _extended.DisposeAsync();
    }

    private static async Task<JsonNode> ReadDocumentAsync(GovServicesWebApplicationFactory host)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(new Uri(DocumentPath, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static IReadOnlySet<string> SchemaIds(JsonNode document) =>
        document["components"]!["schemas"]!.AsObject().Select(schema => schema.Key).ToHashSet(StringComparer.Ordinal);

    private static string? RequestSchema(JsonNode document, string path) =>
        Reference(document["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]);

    private static string? ResponseSchema(JsonNode document, string path) =>
        Reference(document["paths"]![path]!["post"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]);

    private static string? Reference(JsonNode? schema) => schema?["$ref"]?.GetValue<string>().Replace(SchemaReference, "", StringComparison.Ordinal);

    private JsonObject Schema(string id) => _document["components"]!["schemas"]![id]!.AsObject();

    [Test]
    public void A_record_named_like_another_modules_gets_an_id_qualified_by_its_module_and_so_does_the_other()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SchemaIds(_document), Does.Not.Contain("StepNote"));
            Assert.That(RequestSchema(_document, "/api/v1/complaints/{id}/verify"), Is.EqualTo("ComplaintsStepNote"));
            Assert.That(Schema("ComplaintsStepNote")["properties"]!.AsObject().Select(property => property.Key), Is.EqualTo(new[] { "note" }));
            Assert.That(RequestSchema(_document, SameNamedRecordsStartupFilter.NotesPath), Is.EqualTo("HostStepNote"));
            Assert.That(Schema("HostStepNote")["properties"]!.AsObject().Select(property => property.Key), Is.EqualTo(new[] { "text" }));
            Assert.That(ResponseSchema(_document, SameNamedRecordsStartupFilter.NotesPath), Is.EqualTo("HostStepNoteCursorPage"));
        }
    }

    [Test]
    public void Records_of_one_module_that_share_a_name_are_named_by_their_full_names()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(RequestSchema(_document, SameNamedRecordsStartupFilter.AttachmentsPath), Is.EqualTo("GovServicesHostTestsOpenApiRecordsIncomingAttachment"));
            Assert.That(ResponseSchema(_document, SameNamedRecordsStartupFilter.AttachmentsPath), Is.EqualTo("GovServicesHostTestsOpenApiRecordsOutgoingAttachment"));
            Assert.That(SchemaIds(_document), Does.Not.Contain("Attachment"));
        }
    }

    [Test]
    public void Every_record_whose_name_is_not_shared_keeps_its_id()
    {
        var added = new[]
        {
            "ComplaintsStepNote", "HostStepNote", "HostStepNoteCursorPage",
            "GovServicesHostTestsOpenApiRecordsIncomingAttachment", "GovServicesHostTestsOpenApiRecordsOutgoingAttachment",
        };

        Assert.That(SchemaIds(_document), Is.EquivalentTo(SchemaIds(_plainDocument).Except(["StepNote"]).Concat(added)));
    }
}

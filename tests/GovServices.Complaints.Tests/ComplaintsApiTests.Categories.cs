using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>Category administration by admins, with If-Match, audited.</summary>
public sealed partial class ComplaintsApiTests
{
    [Test]
    public async Task An_admin_creates_changes_and_deactivates_a_category_each_audited()
    {
        var code = "parkir_" + Guid.NewGuid().ToString("N")[..8];
        using var admin = Api("admin");
        using var anonymous = _host!.CreateClient();

        using var created = await admin.PostAsJsonAsync(Categories, NewCategory(code));
        using var filed = await Api("citizen").PostAsJsonAsync(Complaints, Waste(category: code));
        using var changed = await SendWithIfMatchAsync(admin, HttpMethod.Put, $"{Categories}/{code}", created.Headers.ETag!.Tag, new
        {
            nameId = "Parkir liar", nameEn = "Illegal parking", description = "Parkir di bahu jalan dan trotoar.", opd = "SATPOLPP", slaWorkingDays = 3, sortOrder = 50, active = true,
        });
        var changedBody = JsonNode.Parse(await changed.Content.ReadAsStringAsync())!;
        using var deactivated = await SendWithIfMatchAsync(admin, HttpMethod.Post, $"{Categories}/{code}/deactivate", changed.Headers.ETag!.Tag);
        using var filedAfter = await Api("citizen").PostAsJsonAsync(Complaints, Waste(category: code));
        var listed = await anonymous.GetStringAsync(Categories);
        var single = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"{Categories}/{code}", UriKind.Relative)))!;
        var audited = await AuditActionsAsync(code);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/complaints/categories/{code}"));
            Assert.That(filed.StatusCode, Is.EqualTo(HttpStatusCode.Created), "a new category is open for filing at once");
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(changed.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(changedBody["opd"]!.GetValue<string>(), Is.EqualTo("SATPOLPP"));
            Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(filedAfter.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(listed, Does.Not.Contain(code));
            Assert.That(single["active"]!.GetValue<bool>(), Is.False);
            Assert.That(audited, Is.EqualTo(new[] { "category.created", "category.updated", "category.deactivated" }));
        }
    }

    [Test]
    public async Task Changing_a_category_needs_the_current_etag()
    {
        using var admin = Api("admin");

        using var missing = await SendWithIfMatchAsync(admin, HttpMethod.Post, $"{Categories}/lainnya/deactivate", etag: null);
        using var stale = await SendWithIfMatchAsync(admin, HttpMethod.Post, $"{Categories}/lainnya/deactivate", "\"99\"");
        using var unknown = await SendWithIfMatchAsync(admin, HttpMethod.Post, $"{Categories}/tidak_ada/deactivate", "\"1\"");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task A_category_code_is_taken_once_and_its_fields_are_checked()
    {
        using var admin = Api("admin");

        using var taken = await admin.PostAsJsonAsync(Categories, NewCategory("sampah"));
        using var invalid = await admin.PostAsJsonAsync(Categories, new { code = "Parkir Liar", nameId = "", nameEn = "x", description = "x", opd = "dlh", slaWorkingDays = 0 });

        var errors = await ReadErrorsAsync(invalid);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Keys, Is.SupersetOf(new[] { "code", "nameId", "opd", "slaWorkingDays" }));
        }
    }

    [TestCase("coordinator")]
    [TestCase("officer.dlh")]
    [TestCase("citizen")]
    [TestCase("auditor")]
    [TestCase("partner-app")]
    public async Task Only_admins_change_categories(string who)
    {
        using var api = Api(who);

        using var create = await api.PostAsJsonAsync(Categories, NewCategory("coba_" + Guid.NewGuid().ToString("N")[..8]));
        using var deactivate = await SendWithIfMatchAsync(api, HttpMethod.Post, $"{Categories}/sampah/deactivate", "\"1\"");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(deactivate.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
    }

    private static object NewCategory(string code) => new
    {
        code,
        nameId = "Parkir liar",
        nameEn = "Illegal parking",
        description = "Kendaraan diparkir di tempat terlarang.",
        opd = "DISHUB",
        slaWorkingDays = 5,
        sortOrder = 90,
    };

    private static async Task<HttpResponseMessage> SendWithIfMatchAsync(HttpClient api, HttpMethod method, string uri, string? etag, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(uri, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        if (etag is not null)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await api.SendAsync(request);
    }

    private async Task<List<string>> AuditActionsAsync(string entityId)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>(
            "SELECT action FROM complaints.audit_log WHERE entity_type = @type AND entity_id = @entity_id ORDER BY occurred_at, id",
            new { type = "category", entity_id = entityId })];
    }
}

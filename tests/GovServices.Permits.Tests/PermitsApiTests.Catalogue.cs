using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovServices.Testing;

namespace GovServices.Permits.Tests;

public sealed partial class PermitsApiTests
{
    [Test]
    public async Task Anyone_lists_the_bontang_permits_with_their_opd_documents_fields_fee_rule_sla_and_validity()
    {
        using var anonymous = _host!.CreateClient();

        var types = JsonNode.Parse(await anonymous.GetStringAsync(Types))!.AsArray();

        var pbg = types.Single(type => type!["code"]!.GetValue<string>() == "PBG")!;
        var reklame = types.Single(type => type!["code"]!.GetValue<string>() == "REKLAME")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(types.Select(type => type!["code"]!.GetValue<string>()), Is.EqualTo(new[] { "PBG", "REKLAME", "KERAMAIAN", "SIP", "IUMK" }));
            Assert.That(pbg["nameId"]!.GetValue<string>(), Is.EqualTo("Persetujuan Bangunan Gedung"));
            Assert.That(pbg["opd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
            Assert.That(pbg["fee"]!["kind"]!.GetValue<string>(), Is.EqualTo("per_unit"));
            Assert.That(pbg["fee"]!["unitFields"]!.AsArray().Select(field => field!.GetValue<string>()), Is.EqualTo(new[] { "floor_area_m2" }));
            Assert.That(pbg["documents"]!.AsArray().Where(document => document!["mandatory"]!.GetValue<bool>()).Select(document => document!["code"]!.GetValue<string>()),
                Is.EqualTo(new[] { "ktp", "land_certificate", "architectural_drawings" }));
            Assert.That(pbg["fields"]!.AsArray().Select(field => field!["type"]!.GetValue<string>()).Distinct(), Is.EquivalentTo(new[] { "text", "choice", "number", "location" }));
            Assert.That(pbg["sla"]!["review"]!.GetValue<int>(), Is.GreaterThan(0));
            Assert.That(pbg["validityMonths"], Is.Null, "a building approval does not expire");
            Assert.That(reklame["fee"]!["unitFields"]!.AsArray().Select(field => field!.GetValue<string>()), Is.EqualTo(new[] { "area_m2", "duration_years" }), "per m² per year");
            Assert.That(types.Single(type => type!["code"]!.GetValue<string>() == "KERAMAIAN")!["fee"]!["kind"]!.GetValue<string>(), Is.EqualTo("free"));
            Assert.That(types.Single(type => type!["code"]!.GetValue<string>() == "SIP")!["fee"]!["amount"]!.GetValue<long>(), Is.GreaterThan(0));
            Assert.That(types.Single(type => type!["code"]!.GetValue<string>() == "IUMK")!["fee"]!["kind"]!.GetValue<string>(), Is.EqualTo("free"));
        }
    }

    [Test]
    public async Task An_admin_adds_a_permit_type_and_changes_it_only_with_the_etag_last_read()
    {
        using var admin = Api("admin");
        var uri = new Uri($"/api/v1/permits/types/TDUP{provider.ToString()[..2].ToUpperInvariant()}", UriKind.Relative);
        var definition = TourismDefinition(active: true);

        using var created = await admin.PutAsJsonAsync(uri, definition);
        using var again = await admin.PutAsJsonAsync(uri, definition);
        using var change = new HttpRequestMessage(HttpMethod.Put, uri) { Content = JsonContent.Create(TourismDefinition(active: false)) };
        change.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        using var changed = await admin.SendAsync(change);
        using var stale = new HttpRequestMessage(HttpMethod.Put, uri) { Content = JsonContent.Create(definition) };
        stale.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        using var staleAnswer = await admin.SendAsync(stale);
        var listed = JsonNode.Parse(await _host!.CreateClient().GetStringAsync(Types))!.AsArray();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());
            Assert.That(changed.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(staleAnswer.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(listed.Select(type => type!["code"]!.GetValue<string>()), Does.Not.Contain(uri.ToString().Split('/')[^1]), "an inactive type is not offered");
        }
    }

    [Test]
    public async Task A_per_unit_fee_must_name_a_required_number_field_of_the_form()
    {
        using var admin = Api("admin");
        var definition = TourismDefinition(active: true);
        var broken = definition with { Fee = new { kind = "per_unit", ratePerUnit = 1000, unitFields = new[] { "rooms_missing" } } };

        using var response = await admin.PutAsJsonAsync(new Uri("/api/v1/permits/types/BROKEN", UriKind.Relative), broken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ReadErrorsAsync(response), Does.ContainKey("definition.fee.unitFields"));
    }

    [Test]
    public async Task Citizens_and_officers_cannot_change_the_catalogue()
    {
        using var citizen = Api("citizen");
        using var officer = Api("officer.dpmptsp");

        using var byCitizen = await citizen.PutAsJsonAsync(new Uri("/api/v1/permits/types/NOPE", UriKind.Relative), TourismDefinition(active: true));
        using var byOfficer = await officer.PutAsJsonAsync(new Uri("/api/v1/permits/types/NOPE", UriKind.Relative), TourismDefinition(active: true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byCitizen.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(byOfficer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
    }

    [Test]
    public async Task A_type_cannot_number_with_the_classification_code_of_another_type_at_the_same_opd()
    {
        using var admin = Api("admin");
        using var adminInIndonesian = Api("admin", "id");
        var suffix = provider.ToString()[..2].ToUpperInvariant();
        var clash = new Uri($"/api/v1/permits/types/TCLASH{suffix}", UriKind.Relative);
        var reklamesCode = TourismDefinition(active: false) with { ClassificationCode = "503.1" };

        using var refused = await admin.PutAsJsonAsync(clash, reklamesCode);
        var problem = await refused.ReadProblemAsync();
        using var refusedInIndonesian = await adminInIndonesian.PutAsJsonAsync(clash, reklamesCode);
        var indonesian = await refusedInIndonesian.ReadProblemAsync();
        using var notCreated = await admin.GetAsync(clash);
        using var elsewhere = await admin.PutAsJsonAsync(new Uri($"/api/v1/permits/types/TOTHER{suffix}", UriKind.Relative), reklamesCode with { Opd = "DISPOPAR" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.Code, Is.EqualTo("classification_code_taken"));
            Assert.That(problem.Detail, Does.Contain("REKLAME").And.Contain("503.1").And.Contain("DPMPTSP"));
            Assert.That(indonesian.Detail, Does.StartWith("Nomor izin akan berulang").And.Contain("REKLAME"));
            Assert.That(notCreated.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Created), "at another OPD the numbers differ");
        }
    }

    [Test]
    public async Task A_type_cannot_be_changed_to_the_classification_code_of_another_type_at_the_same_opd()
    {
        using var admin = Api("admin");
        var uri = new Uri($"/api/v1/permits/types/TMOVE{provider.ToString()[..2].ToUpperInvariant()}", UriKind.Relative);
        using var created = await admin.PutAsJsonAsync(uri, TourismDefinition(active: false) with { ClassificationCode = "556.2" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        using var change = new HttpRequestMessage(HttpMethod.Put, uri) { Content = JsonContent.Create(TourismDefinition(active: false) with { ClassificationCode = "503.3" }) };
        change.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        using var refused = await admin.SendAsync(change);
        var problem = await refused.ReadProblemAsync();
        var stored = JsonNode.Parse(await admin.GetStringAsync(uri))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.Code, Is.EqualTo("classification_code_taken"));
            Assert.That(problem.Detail, Does.Contain("SIP"));
            Assert.That(stored["classificationCode"]!.GetValue<string>(), Is.EqualTo("556.2"));
        }
    }

    [Test]
    public async Task A_classification_code_under_which_another_type_issued_permits_is_not_given_to_a_new_type()
    {
        // A type that issued under 556.3 and moved on to another code: its numbers must not come round again.
        var retired = Issuing.IssuingHost.Pbg("TRETIRED") with { ClassificationCode = "556.3" };
        await Issuing.IssuingHost.IssueAsync(_host!.Services, retired);
        using var admin = Api("admin");

        using var refused = await admin.PutAsJsonAsync(
            new Uri($"/api/v1/permits/types/TREUSE{provider.ToString()[..2].ToUpperInvariant()}", UriKind.Relative),
            TourismDefinition(active: false) with { ClassificationCode = "556.3" });
        var problem = await refused.ReadProblemAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.Code, Is.EqualTo("classification_code_taken"));
            Assert.That(problem.Detail, Does.Contain("TRETIRED"));
        }
    }

    private static TypeDefinition TourismDefinition(bool active) => new(
        "Tanda Daftar Usaha Pariwisata",
        "Tourism business registration",
        "Pendaftaran usaha pariwisata: penginapan, biro perjalanan, dan objek wisata.",
        "DPMPTSP",
        "556.1",
        [new { code = "ktp", nameId = "KTP pemohon", nameEn = "Identity card", mandatory = true, formats = new[] { "pdf", "jpeg" } }],
        [new { code = "rooms", labelId = "Jumlah kamar", labelEn = "Rooms", type = "number", required = true, integer = true, min = 1, max = 500 }],
        new { kind = "per_unit", ratePerUnit = 25_000, unitFields = new[] { "rooms" }, unitLabel = "kamar" },
        new { verification = 1, review = 5, feeAssessment = 1 },
        ValidityMonths: 60,
        Active: active);

    private sealed record TypeDefinition(
        string NameId, string NameEn, string DescriptionId, string Opd, string ClassificationCode, object[] Documents, object[] Fields, object Fee, object Sla, int? ValidityMonths, bool Active);
}

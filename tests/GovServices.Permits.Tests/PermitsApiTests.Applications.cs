using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovServices.Permits.Tests;

public sealed partial class PermitsApiTests
{
    [Test]
    public async Task A_citizen_starts_a_draft_and_reads_it_back_with_its_etag_and_own_nik()
    {
        var (id, etag) = await CreateDraftAsync("citizen");
        using var api = Api("citizen");

        using var response = await api.GetAsync(Of(id));
        var (application, readETag) = await ReadAsync(response, 200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(etag, Is.EqualTo("\"1\""));
            Assert.That(readETag, Is.EqualTo("\"1\""));
            Assert.That(application["status"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(application["permitType"]!.GetValue<string>(), Is.EqualTo("IUMK"));
            Assert.That(application["opd"]!.GetValue<string>(), Is.EqualTo("DPMPTSP"));
            Assert.That(application["applicant"]!["nik"]!.GetValue<string>(), Is.EqualTo(DemoCitizenNik), "the citizen's NIK comes from the account");
            Assert.That(application["form"]!["business_kind"]!.GetValue<string>(), Is.EqualTo("kuliner"));
            Assert.That(application["history"]!.AsArray().Select(step => step!["action"]!.GetValue<string>()), Is.EqualTo(new[] { "create" }));
        }
    }

    [Test]
    public async Task Form_values_that_do_not_fit_their_fields_are_named_one_by_one_in_bahasa_indonesia()
    {
        using var api = Api("citizen", language: "id");

        using var response = await api.PostAsJsonAsync(Applications, new
        {
            permitType = "PBG",
            applicant = new { name = DemoCitizenName },
            form = new
            {
                floor_area_m2 = "seratus",
                floors = 2.5,
                building_function = "kandang",
                location = new { latitude = -6.2, longitude = 106.8 },
                colour = "biru",
            },
        });

        var errors = await ReadErrorsAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors["form.floor_area_m2"].Single(), Is.EqualTo("Luas lantai (m²) harus berupa angka."));
            Assert.That(errors["form.floors"].Single(), Is.EqualTo("Jumlah lantai harus bilangan bulat."));
            Assert.That(errors["form.building_function"].Single(), Does.StartWith("Fungsi bangunan harus salah satu dari: hunian"));
            Assert.That(errors["form.location"].Single(), Does.StartWith("Lokasi berada di luar wilayah kota"));
            Assert.That(errors, Does.ContainKey("form.colour"), "a field the permit does not have");
            Assert.That(errors, Does.Not.ContainKey("form.building_name"), "a draft may leave required fields for later");
        }
    }

    [Test]
    public async Task Submitting_an_incomplete_application_names_each_missing_field_and_document_in_english()
    {
        var (id, etag) = await CreateDraftAsync("citizen", "PBG", new { building_name = "Rumah Tinggal Keluarga", floor_area_m2 = 120 });
        using var api = Api("citizen", language: "en");

        using var response = await StepAsync(api, id, "submit", etag);

        var errors = await ReadErrorsAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(errors["form.floors"].Single(), Is.EqualTo("Number of floors is required."));
            Assert.That(errors.Keys, Is.SupersetOf(new[] { "form.building_function", "form.land_certificate_number", "form.address", "form.location" }));
            Assert.That(errors["documents.land_certificate"].Single(), Is.EqualTo("Upload the Land title or proof of land tenure."));
            Assert.That(errors.Keys, Is.SupersetOf(new[] { "documents.ktp", "documents.architectural_drawings" }));
            Assert.That(errors.Keys, Does.Not.Contain("documents.structural_calculation"), "an optional document");
        }
    }

    [Test]
    public async Task An_application_whose_name_does_not_match_the_nik_is_refused_on_submission()
    {
        var (id, etag) = await CreateDraftAsync("partner-app", applicant: new { name = "Budi Hartono", nik = DemoCitizenNik });
        using var api = Api("partner-app");
        using var uploaded = await UploadAsync(api, id, "ktp", Samples.Jpeg(3_000), "ktp.jpg");

        using var response = await StepAsync(api, id, "submit", etag);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(await CodeOfAsync(response), Is.EqualTo("applicant_name_mismatch"));
        }
    }

    [Test]
    public async Task An_application_for_a_nik_the_registry_does_not_know_is_refused_on_submission()
    {
        var (id, etag) = await CreateDraftAsync("partner-app", applicant: new { name = "Rudi Setiawan", nik = "6474010101010099" });
        using var api = Api("partner-app");
        using var uploaded = await UploadAsync(api, id, "ktp", Samples.Pdf(3_000), "ktp.pdf");

        using var response = await StepAsync(api, id, "submit", etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await CodeOfAsync(response), Is.EqualTo("applicant_not_registered"));
    }

    [Test]
    public async Task A_signed_in_citizen_is_not_asked_again_for_name_or_nik()
    {
        using var api = Api("citizen");

        using var created = await api.PostAsJsonAsync(Applications, new { permitType = "IUMK", form = MicroBusinessForm() });
        var (body, _) = await ReadAsync(created, 201);
        using var read = await api.GetAsync(Of(Guid.Parse(body["id"]!.GetValue<string>())));
        var (application, _) = await ReadAsync(read, 200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(application["applicant"]!["name"]!.GetValue<string>(), Is.EqualTo(DemoCitizenName), "the account's name");
            Assert.That(application["applicant"]!["nik"]!.GetValue<string>(), Is.EqualTo(DemoCitizenNik), "the account's NIK");
        }
    }

    [Test]
    public async Task A_partner_app_is_still_asked_for_the_applicants_name()
    {
        using var api = Api("partner-app");

        using var response = await api.PostAsJsonAsync(Applications, new { permitType = "IUMK", applicant = new { nik = DemoCitizenNik } });

        Assert.That((int)response.StatusCode, Is.EqualTo(400), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_partner_app_must_give_the_applicants_nik()
    {
        using var api = Api("partner-app");

        using var response = await api.PostAsJsonAsync(Applications, new { permitType = "IUMK", applicant = new { name = DemoCitizenName }, form = MicroBusinessForm() });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ReadErrorsAsync(response), Does.ContainKey("applicant.nik"));
    }

    [Test]
    public async Task An_unknown_permit_type_cannot_be_applied_for()
    {
        using var api = Api("citizen");

        using var response = await api.PostAsJsonAsync(Applications, new { permitType = "IMB", applicant = new { name = DemoCitizenName } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await CodeOfAsync(response), Is.EqualTo("permit_type_unknown"));
    }

    [Test]
    public async Task The_applicant_revises_as_asked_and_a_free_permit_is_issued_on_approval()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var citizen = Api("citizen");
        using var officer = Api("officer.dpmptsp");

        var (submitted, submittedETag) = await ReadAsync(await StepAsync(citizen, id, "submit", etag), 200);
        var (_, reviewETag) = await ReadAsync(await StepAsync(officer, id, "start-review", submittedETag), 200);
        var (_, revisionETag) = await ReadAsync(await StepAsync(officer, id, "request-revision", reviewETag, new
        {
            items = new[] { new { item = "form.capital_rupiah", reason = "Modal tidak sesuai dengan surat keterangan usaha." } },
        }), 200);
        var (revision, _) = await ReadAsync(await citizen.GetAsync(Of(id)), 200);
        using var edit = new HttpRequestMessage(HttpMethod.Put, Of(id))
        {
            Content = JsonContent.Create(new { applicant = new { name = DemoCitizenName }, form = MicroBusinessFormWithCapital(25_000_000) }),
        };
        edit.Headers.TryAddWithoutValidation("If-Match", revisionETag);
        var (_, editedETag) = await ReadAsync(await citizen.SendAsync(edit), 200);
        var (_, resubmittedETag) = await ReadAsync(await StepAsync(citizen, id, "submit", editedETag), 200);
        var (_, secondReviewETag) = await ReadAsync(await StepAsync(officer, id, "start-review", resubmittedETag), 200);
        var (approved, _) = await ReadAsync(await StepAsync(officer, id, "approve", secondReviewETag, new { note = "Lengkap." }), 200);
        var (issued, _) = await ReadAsync(await citizen.GetAsync(Of(id)), 200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(submitted["status"]!.GetValue<string>(), Is.EqualTo("submitted"));
            Assert.That(submitted["stageDueOn"], Is.Not.Null, "the verification stage has a due date in working days");
            Assert.That(revision["revisionItems"]![0]!["item"]!.GetValue<string>(), Is.EqualTo("form.capital_rupiah"));
            Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("issued"), "izin usaha mikro is free");
            Assert.That(approved["permitNumber"]!.GetValue<string>(), Does.Match(@"^503\.4/\d{4}/DPMPTSP/[IVXLC]+/\d{4}$"));
            Assert.That(issued["form"]!["capital_rupiah"]!.GetValue<long>(), Is.EqualTo(25_000_000));
            Assert.That(issued["permit"]!["token"]!.GetValue<string>().Split('.'), Has.Length.EqualTo(3));
            Assert.That(issued["history"]!.AsArray().Select(step => step!["action"]!.GetValue<string>()), Is.EqualTo(new[]
            {
                "create", "submit", "start_review", "request_revision", "submit", "start_review", "approve", "issue",
            }));
            Assert.That(issued["history"]!.AsArray()[3]!["details"]!["items"]![0]!["reason"]!.GetValue<string>(), Does.StartWith("Modal tidak sesuai"));
        }
    }

    private static object MicroBusinessFormWithCapital(long capital) => new
    {
        business_name = "Warung Makan Bu Siti",
        business_kind = "kuliner",
        capital_rupiah = capital,
        address = "Jl. Mulawarman No. 5, Bontang Utara",
    };
}

using System.Net;
using System.Security.Cryptography;

namespace GovServices.Permits.Tests;

public sealed partial class PermitsApiTests
{
    [Test]
    public async Task A_document_is_recognised_by_its_content_kept_with_its_sha256_and_given_back_unchanged()
    {
        var (id, _) = await CreateDraftAsync("citizen", "PBG", new { building_name = "Rumah Tinggal Keluarga" });
        using var api = Api("citizen");
        var content = Samples.Pdf(20_000);

        using var uploaded = await UploadAsync(api, id, "land_certificate", content, "sertifikat.bin");
        var (document, _) = await ReadAsync(uploaded, 201);
        using var download = await api.GetAsync(uploaded.Headers.Location);
        var downloaded = await download.Content.ReadAsByteArrayAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(document["format"]!.GetValue<string>(), Is.EqualTo("pdf"), "whatever the file name says");
            Assert.That(document["sizeBytes"]!.GetValue<long>(), Is.EqualTo(content.Length));
            Assert.That(document["sha256"]!.GetValue<string>(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
            Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(downloaded, Is.EqualTo(content));
        }
    }

    [Test]
    public async Task Uploads_that_lie_about_their_type_are_empty_or_too_large_are_refused()
    {
        var (id, _) = await CreateDraftAsync("citizen", "PBG", new { building_name = "Rumah Tinggal Keluarga" });
        using var api = Api("citizen");

        using var pngAsPdf = await UploadAsync(api, id, "land_certificate", Samples.Png(5_000), "sertifikat.pdf");
        using var executable = await UploadAsync(api, id, "land_certificate", Samples.Executable(5_000), "sertifikat.pdf");
        using var empty = await UploadAsync(api, id, "ktp", [], "ktp.pdf");
        using var tooLarge = await UploadAsync(api, id, "ktp", Samples.Pdf((int)MaxDocumentBytes + 1), "ktp.pdf");
        using var unknownType = await UploadAsync(api, id, "passport", Samples.Pdf(1_000), "passport.pdf");
        using var farTooLarge = await UploadAsync(api, id, "ktp", Samples.Pdf((int)MaxDocumentBytes + 200_000), "ktp.pdf");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pngAsPdf.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(await CodeOfAsync(pngAsPdf), Is.EqualTo("document_format_not_accepted"));
            Assert.That(await CodeOfAsync(executable), Is.EqualTo("document_format_unknown"));
            Assert.That(await CodeOfAsync(empty), Is.EqualTo("document_empty"));
            Assert.That(await CodeOfAsync(tooLarge), Is.EqualTo("document_too_large"));
            Assert.That(await CodeOfAsync(unknownType), Is.EqualTo("document_type_unknown"));
            Assert.That(farTooLarge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge), "refused before it is read");
        }

        var (application, _) = await ReadAsync(await api.GetAsync(Of(id)), 200);
        Assert.That(application["documents"]!.AsArray(), Is.Empty, "nothing refused was kept");
    }

    [Test]
    public async Task A_submitted_application_takes_no_more_documents()
    {
        var (id, etag) = await ReadyMicroBusinessAsync();
        using var api = Api("citizen");
        await ReadAsync(await StepAsync(api, id, "submit", etag), 200);

        using var late = await UploadAsync(api, id, "business_photo", Samples.Jpeg(2_000), "warung.jpg");

        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }
}

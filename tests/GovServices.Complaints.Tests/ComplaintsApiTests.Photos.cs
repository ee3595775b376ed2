using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using ImageMagick;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using Microsoft.Extensions.DependencyInjection;
using MagickRational = ImageMagick.Rational;

namespace GovServices.Complaints.Tests;

public sealed partial class ComplaintsApiTests
{
    // Where the photo was taken, written into its EXIF: Bontang, 0°08'00" N 117°30'00" E.
    private const double PhotoLatitude = 8.0 / 60;
    private const double PhotoLongitude = 117.5;

    [Test]
    public async Task A_photo_keeps_its_gps_only_in_the_original_for_staff_and_the_public_sees_our_copy_once_verified()
    {
        var complaint = await FileAsync("citizen", Waste());
        var upload = PhotoWithGps(MagickFormat.Jpeg, 800, 600);
        Assert.That(GpsOf(upload), Is.Not.Null, "the upload carries its GPS position");

        using var attached = await AttachAsync("citizen", complaint, upload, "foto.jpg");
        var photo = JsonNode.Parse(await attached.Content.ReadAsStringAsync())!;
        Assert.That(attached.StatusCode, Is.EqualTo(HttpStatusCode.Created), photo.ToJsonString());
        var url = photo["url"]!.GetValue<string>();
        var thumbnailUrl = photo["thumbnailUrl"]!.GetValue<string>();
        var originalUrl = $"{url}/original";
        using var anonymous = _host!.CreateClient();

        using var beforeVerification = await anonymous.GetAsync(url);
        var reportersCopy = await Api("citizen").GetByteArrayAsync(url);
        await StepAsync("coordinator", complaint, "verify");
        using var publicCopy = await anonymous.GetAsync(url);
        var publicBytes = await publicCopy.Content.ReadAsByteArrayAsync();
        var thumbnail = await anonymous.GetByteArrayAsync(thumbnailUrl);
        var original = await Api("coordinator").GetByteArrayAsync(originalUrl);
        using var originalForTheReporter = await Api("citizen").GetAsync(originalUrl);
        using var originalForThepublic = await anonymous.GetAsync(originalUrl);
        var tracking = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"{Complaints}/track/{await TrackingCodeOfAsync(complaint)}", UriKind.Relative)))!;
        var staffView = await Api("coordinator").ReadAsync(complaint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(photo["originalUrl"], Is.Null, "the reporter is not shown the original's address");
            Assert.That(photo["uploadedBy"]!.GetValue<string>(), Is.EqualTo("reporter"));
            Assert.That(beforeVerification.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "not public before verification");
            Assert.That(publicCopy.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(publicCopy.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/jpeg"));
            Assert.That(GpsOf(publicBytes), Is.Null, "no GPS in our copy");
            Assert.That(HasExif(publicBytes), Is.False, "no EXIF at all in our copy");
            Assert.That(GpsOf(reportersCopy), Is.Null);
            Assert.That(GpsOf(thumbnail), Is.Null, "no GPS in the thumbnail");
            Assert.That(HasExif(thumbnail), Is.False);
            Assert.That(new MagickImageInfo(thumbnail).Width, Is.LessThanOrEqualTo(320u));
            Assert.That(original, Is.EqualTo(upload), "the original is kept as uploaded, for audit");
            Assert.That(GpsOf(original)?.Latitude, Is.EqualTo(PhotoLatitude).Within(1e-6));
            Assert.That(originalForTheReporter.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "originals are for staff only");
            Assert.That(originalForThepublic.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(tracking["photos"]!.AsArray().Select(node => node!["url"]!.GetValue<string>()), Is.EqualTo(new[] { url }));
            Assert.That(tracking.ToJsonString(), Does.Not.Contain("original"));
            Assert.That(staffView["photos"]![0]!["originalUrl"]!.GetValue<string>(), Is.EqualTo(originalUrl));
        }
    }

    [Test]
    public async Task A_sideways_photo_is_served_upright()
    {
        var complaint = await FileAsync("citizen", Waste());

        using var attached = await AttachAsync("citizen", complaint, PhotoWithGps(MagickFormat.Jpeg, 400, 200, Orientation.RightTop), "miring.jpg");

        var photo = JsonNode.Parse(await attached.Content.ReadAsStringAsync())!;
        var served = new MagickImageInfo(await Api("citizen").GetByteArrayAsync(photo["url"]!.GetValue<string>()));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(attached.StatusCode, Is.EqualTo(HttpStatusCode.Created), photo.ToJsonString());
            Assert.That((served.Width, served.Height), Is.EqualTo((200u, 400u)), "turned by its EXIF orientation, which is then dropped");
        }
    }

    [Test]
    public async Task A_large_photo_is_served_at_most_2048_pixels_a_side_with_a_320_pixel_thumbnail()
    {
        var complaint = await FileAsync("citizen", Waste());

        using var attached = await AttachAsync("citizen", complaint, PhotoWithGps(MagickFormat.Jpeg, 3000, 2250), "besar.jpg");

        var photo = JsonNode.Parse(await attached.Content.ReadAsStringAsync())!;
        var served = new MagickImageInfo(await Api("citizen").GetByteArrayAsync(photo["url"]!.GetValue<string>()));
        var thumbnail = new MagickImageInfo(await Api("citizen").GetByteArrayAsync(photo["thumbnailUrl"]!.GetValue<string>()));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(attached.StatusCode, Is.EqualTo(HttpStatusCode.Created), photo.ToJsonString());
            Assert.That((served.Width, served.Height), Is.EqualTo((2048u, 1536u)));
            Assert.That((photo["width"]!.GetValue<int>(), photo["height"]!.GetValue<int>()), Is.EqualTo((2048, 1536)));
            Assert.That((thumbnail.Width, thumbnail.Height), Is.EqualTo((320u, 240u)));
        }
    }

    [TestCase("png")]
    [TestCase("webp")]
    public async Task Png_and_webp_photos_are_accepted_and_served_as_jpeg_without_metadata(string format)
    {
        var complaint = await FileAsync("citizen", Waste());
        var upload = PhotoWithGps(format == "png" ? MagickFormat.Png : MagickFormat.WebP, 300, 200);

        using var attached = await AttachAsync("citizen", complaint, upload, "foto.bin");

        var photo = JsonNode.Parse(await attached.Content.ReadAsStringAsync())!;
        var served = await Api("citizen").GetByteArrayAsync(photo["url"]!.GetValue<string>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(attached.StatusCode, Is.EqualTo(HttpStatusCode.Created), photo.ToJsonString());
            Assert.That(served[..3], Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }));
            Assert.That(GpsOf(served), Is.Null);
        }
    }

    [TestCase("executable", "photo_format_unknown")]
    [TestCase("polyglot_zip", "photo_polyglot")]
    [TestCase("polyglot_script", "photo_polyglot")]
    [TestCase("truncated", "photo_incomplete")]
    [TestCase("trailing_data", "photo_incomplete")]
    [TestCase("bomb", "photo_dimensions_too_large")]
    public async Task A_file_that_is_not_a_whole_sound_picture_is_refused_and_nothing_is_stored(string kind, string code)
    {
        var complaint = await FileAsync("citizen", Waste());
        var filesBefore = StoredFiles();

        using var response = await AttachAsync("citizen", complaint, Hostile(kind), "foto.jpg");

        var problem = await response.ReadProblemAsync();
        var id = Guid.Parse(complaint.ToString().Split('/')[^1]);
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var rows = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM complaints.complaint_media WHERE complaint_id = @id", new { id });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), problem.Detail);
            Assert.That(problem.Code, Is.EqualTo(code), problem.Detail);
            Assert.That(rows, Is.Zero);
            Assert.That(StoredFiles(), Is.EquivalentTo(filesBefore), "no file stored");
        }
    }

    [Test]
    public async Task A_complaint_takes_ten_photos_and_refuses_the_eleventh()
    {
        var complaint = await FileAsync("citizen", Waste());
        for (var i = 0; i < 10; i++)
        {
            using var attached = await AttachAsync("citizen", complaint, PhotoWithGps(MagickFormat.Jpeg, 64 + (uint)i, 48), $"foto{i}.jpg");
            Assert.That(attached.StatusCode, Is.EqualTo(HttpStatusCode.Created), await attached.Content.ReadAsStringAsync());
        }

        using var eleventh = await AttachAsync("citizen", complaint, PhotoWithGps(MagickFormat.Jpeg, 90, 48), "foto10.jpg");

        var problem = await eleventh.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(eleventh.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(problem.Code, Is.EqualTo("photo_limit_reached"));
        }
    }

    [Test]
    public async Task Photos_of_an_unknown_or_anothers_complaint_answer_404_and_staff_attach_evidence()
    {
        var complaint = await FileAsync("citizen", Waste());

        using var guessed = await AttachAsync("citizen", new Uri($"{Complaints}/{Guid.CreateVersion7()}", UriKind.Relative), PhotoWithGps(MagickFormat.Jpeg, 64, 48), "foto.jpg");
        using var partner = await AttachAsync("partner-app", complaint, PhotoWithGps(MagickFormat.Jpeg, 64, 48), "foto.jpg");
        using var evidence = await AttachAsync("coordinator", complaint, PhotoWithGps(MagickFormat.Jpeg, 64, 48), "bukti.jpg");
        using var unknownPhoto = await _host!.CreateClient().GetAsync(new Uri($"{Complaints}/photos/{Guid.CreateVersion7()}", UriKind.Relative));

        var staffPhoto = JsonNode.Parse(await evidence.Content.ReadAsStringAsync())!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(guessed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(partner.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the partner app did not file it");
            Assert.That(evidence.StatusCode, Is.EqualTo(HttpStatusCode.Created), staffPhoto.ToJsonString());
            Assert.That(staffPhoto["uploadedBy"]?.GetValue<string>(), Is.EqualTo("staff"));
            Assert.That(staffPhoto["originalUrl"], Is.Not.Null);
            Assert.That(unknownPhoto.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task A_moderator_hides_a_photo_from_the_public_and_the_hiding_is_audited()
    {
        var complaint = await FileAsync("citizen", Waste());
        using var attached = await AttachAsync("citizen", complaint, PhotoWithGps(MagickFormat.Jpeg, 64, 48), "wajah.jpg");
        var photo = JsonNode.Parse(await attached.Content.ReadAsStringAsync())!;
        var url = photo["url"]!.GetValue<string>();
        await StepAsync("coordinator", complaint, "verify");
        using var anonymous = _host!.CreateClient();
        using var beforeHiding = await anonymous.GetAsync(url);

        using var byCitizen = await Api("citizen").PostAsJsonAsync(new Uri($"{complaint}/media/{photo["id"]}/hide", UriKind.Relative), new { reason = "Wajah orang terlihat." });
        using var hide = await Api("coordinator").PostAsJsonAsync(new Uri($"{complaint}/media/{photo["id"]}/hide", UriKind.Relative), new { reason = "Wajah orang terlihat." });

        var hidden = JsonNode.Parse(await hide.Content.ReadAsStringAsync())!;
        using var afterHiding = await anonymous.GetAsync(url);
        using var forTheReporter = await Api("citizen").GetAsync(url);
        var tracking = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"{Complaints}/track/{await TrackingCodeOfAsync(complaint)}", UriKind.Relative)))!;
        await using var connection = await _host.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        var audited = await connection.QueryAsync<string>(
            "SELECT details FROM complaints.audit_log WHERE action = @action AND entity_id = @entity_id",
            new { action = "complaint.photo_hidden", entity_id = complaint.ToString().Split('/')[^1] });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeHiding.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(byCitizen.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(hide.StatusCode, Is.EqualTo(HttpStatusCode.OK), hidden.ToJsonString());
            Assert.That(hidden["hidden"]!.GetValue<bool>(), Is.True);
            Assert.That(afterHiding.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(forTheReporter.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the reporter still sees their photo");
            Assert.That(tracking["photos"]!.AsArray(), Is.Empty);
            Assert.That(audited.Single(), Does.Contain(photo["id"]!.GetValue<string>()));
        }
    }

    private async Task<HttpResponseMessage> AttachAsync(string who, Uri complaint, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        // The declared type is a lie on purpose for some tests: the content decides.
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        return await Api(who).PostAsync(new Uri($"{complaint}/media", UriKind.Relative), form);
    }

    private async Task<string> TrackingCodeOfAsync(Uri complaint) =>
        (await Api("citizen").ReadAsync(complaint))["trackingCode"]!.GetValue<string>();

    private List<string> StoredFiles() =>
        [.. System.IO.Directory.EnumerateFiles(_storage, "*", SearchOption.AllDirectories)];

    private static byte[] PhotoWithGps(MagickFormat format, uint width, uint height, Orientation orientation = Orientation.TopLeft)
    {
        using var image = new MagickImage(new MagickColor("#3a7d44"), width, height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new MagickRational(0, 1), new MagickRational(8, 1), new MagickRational(0, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new MagickRational(117, 1), new MagickRational(30, 1), new MagickRational(0, 1)]);
        exif.SetValue(ExifTag.Make, "KameraUji");
        exif.SetValue(ExifTag.Orientation, (ushort)orientation);
        image.SetProfile(exif);
        image.Orientation = orientation;
        image.Format = format;
        return image.ToByteArray();
    }

    private static byte[] Hostile(string kind)
    {
        var jpeg = PhotoWithGps(MagickFormat.Jpeg, 64, 48);
        return kind switch
        {
            // An ELF header: what a Linux executable starts with.
            "executable" => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[120]],
            // A JPEG with a ZIP archive after it: image viewers show the picture, unzip opens the archive.
            "polyglot_zip" => [.. jpeg, .. ZipArchiveBytes()],
            // A JPEG whose comment segment is an HTML page with a script.
            "polyglot_script" => [.. jpeg[..2], 0xFF, 0xFE, 0x00, 0x21, .. Encoding.ASCII.GetBytes("<html><script>alert(1)</script>"), .. jpeg[2..]],
            "truncated" => jpeg[..(jpeg.Length / 2)],
            "trailing_data" => [.. jpeg, .. new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }],
            "bomb" => PngDeclaring(100_000, 100_000),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such case"),
        };
    }

    private static byte[] ZipArchiveBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("run.sh").Open());
            entry.Write("echo pwned");
        }

        return buffer.ToArray();
    }

    /// <summary>A valid PNG that declares <paramref name="width"/> × <paramref name="height"/> pixels with a few bytes of data: a decompression bomb's header.</summary>
    private static byte[] PngDeclaring(uint width, uint height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(0), width);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        WriteChunk(png, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(new byte[64 * 1024]);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }

    private static GeoLocation? GpsOf(byte[] image) =>
        ImageMetadataReader.ReadMetadata(new MemoryStream(image)).OfType<GpsDirectory>().FirstOrDefault()?.GetGeoLocation();

    private static bool HasExif(byte[] image) =>
        ImageMetadataReader.ReadMetadata(new MemoryStream(image)).OfType<ExifDirectoryBase>().Any();
}

using System.Net;
using System.Text.Json.Nodes;
using ImageMagick;

namespace GovServices.Complaints.Tests;

/// <summary>A HEIC photo (the iPhone's default) is decoded by the Magick.NET of this build and served as our JPEG copy.</summary>
public sealed partial class ComplaintsApiTests
{
    /// <summary>
    /// A 64 × 48 HEIC (HEVC, brand heic), made with libheif 1.15 and x265 from Debian 12 (Magick.NET's build has no HEIC
    /// encoder, ADR 0054): left half red-orange, right half green-blue-ish, top and bottom differing in blue.
    /// </summary>
    private const string SmallHeic = "AAAAHGZ0eXBoZWljAAAAAG1pZjFoZWljbWlhZgAAAa1tZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAAA5waXRtAAAAAAACAAAAEGlkYXQAAAAAAEAAMAAAADhpbG9jAQAAAERAAAIAAQAAAAAAAAHRAAEAAAAAAAAA+gACAAEAAAAAAAAAAQAAAAAAAAAIAAAAOGlpbmYAAAAAAAIAAAAVaW5mZQIAAAEAAQAAaHZjMQAAAAAVaW5mZQIAAAAAAgAAZ3JpZAAAAADYaXBycAAAALZpcGNvAAAAdmh2Y0MBA3AAAAAAAAAAAAAe8AD8/fj4AAAPAyAAAQAYQAEMAf//A3AAAAMAkAAAAwAAAwAeugJAIQABACpCAQEDcAAAAwCQAAADAAADAB6gIIEFlurkprm4EBAwIAAAAwAgAAADACEiAAEABkQBwXPAiQAAABRpc3BlAAAAAAAAAEAAAABAAAAAFGlzcGUAAAAAAAAAQAAAADAAAAAQcGl4aQAAAAADCAgIAAAAGmlwbWEAAAAAAAAAAgABAoECAAICA4QAAAAaaXJlZgAAAAAAAAAOZGltZwACAAEAAQAAAQJtZGF0AAAA9igBrwT42/LovRaaxcf/9tl+//BLct9yyC6fcJvpfpJf/yqgeiD+4JWgghu5zD6QwW+Vs6jtzIP9kI7H7As6+fjPIn/ZE5UuGzzYc8tyPiYyyJdCfxlInI82zjyRYXk3KL/DOIjdcUX/2Dl61zcDIQuQHRPQYf+qi1g2ivP5YQvq2XTCX77coc1lzlwztVrtOkA7EHpgUjLUXHZJ+Xo+WcV6uWnzGigeXyY+J22UPn5zxEfzX4n+K6qOw/IQKt0/QXOIwGJc9Zfy0ZEAboUyK8kdII0eIkJhL+jZGxNpQz77XNjpjsICBy/F/kqxV2vH9jS7AQz9wA==";

    [Test]
    public async Task A_heic_photo_is_decoded_and_served_as_our_jpeg_copy()
    {
        var complaint = await FileAsync("citizen", Waste());
        var upload = Convert.FromBase64String(SmallHeic);

        using var attached = await AttachAsync("citizen", complaint, upload, "IMG_0001.HEIC");
        var photo = JsonNode.Parse(await attached.Content.ReadAsStringAsync())!;
        Assert.That(attached.StatusCode, Is.EqualTo(HttpStatusCode.Created), photo.ToJsonString());
        var copy = await Api("citizen").GetByteArrayAsync(photo["url"]!.GetValue<string>());
        var original = await Api("coordinator").GetByteArrayAsync(photo["url"]!.GetValue<string>() + "/original");

        using var served = new MagickImage(copy);
        using var pixels = served.GetPixels();
        var left = pixels.GetPixel(8, 8).ToColor()!;
        var right = pixels.GetPixel(56, 8).ToColor()!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(served.Format, Is.EqualTo(MagickFormat.Jpeg), "re-encoded as JPEG");
            Assert.That((served.Width, served.Height), Is.EqualTo((64u, 48u)));
            Assert.That(left.R, Is.GreaterThan(right.R + 100), "the decoded pixels are the picture's, not a blank");
            Assert.That(original, Is.EqualTo(upload), "the HEIC original is kept as uploaded");
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>
/// Distances worked out by hand: along a meridian the great-circle distance is R·Δφ with R = 6,371,008.8 m, so
/// 0.0005° is 55.5975 m, 0.0010° 111.1951 m, 0.0020° 222.3902 m, 0.0022° 244.6292 m and 0.0023° 255.7487 m; along the
/// parallel at 0.13° N, 0.0018° of longitude is 2R·asin(cos 0.13° · sin(0.0009°)) = 200.1506 m.
/// </summary>
public sealed partial class ComplaintsApiTests
{
    private const double NearbyLatitude = 0.13;
    private const double NearbyLongitude = 117.45;

    private readonly List<string> _categoriesToDeactivate = [];

    /// <summary>The fixture shares one database: a test's categories leave the public list when it ends.</summary>
    [TearDown]
    public async Task DeactivateTheTestsCategoriesAsync()
    {
        if (_categoriesToDeactivate.Count == 0)
            return;
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        foreach (var code in _categoriesToDeactivate)
            await connection.ExecuteAsync("UPDATE complaints.category SET active = @active WHERE code = @code", new { active = false, code });
        _categoriesToDeactivate.Clear();
    }

    [Test]
    public async Task Nearby_complaints_stop_at_the_category_radius_nearest_first_with_their_distance()
    {
        var category = await NewCategoryAsync();
        var at222 = await FiledCodeAsync(category, NearbyLatitude + 0.0020, NearbyLongitude);
        var at256 = await FiledCodeAsync(category, NearbyLatitude + 0.0023, NearbyLongitude);
        var at245 = await FiledCodeAsync(category, NearbyLatitude - 0.0022, NearbyLongitude);
        var at200 = await FiledCodeAsync(category, NearbyLatitude, NearbyLongitude + 0.0018);

        var found = await NearbyAsync(category, NearbyLatitude, NearbyLongitude);

        var items = found["items"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(found["radiusMetres"]!.GetValue<int>(), Is.EqualTo(250));
            Assert.That(items.Select(item => item!["trackingCode"]!.GetValue<string>()), Is.EqualTo(new[] { at200, at222, at245 }), $"{at256} at 255.7 m is outside");
            Assert.That(items.Select(item => item!["distanceMetres"]!.GetValue<double>()), Is.EqualTo(new[] { 200.1506, 222.3902, 244.6292 }).Within(0.06));
            Assert.That(items[0]!["status"]!.GetValue<string>(), Is.EqualTo("submitted"));
            Assert.That(items[0]!["title"]!.GetValue<string>(), Is.EqualTo("Sampah menumpuk di Jalan Ahmad Yani"));
            Assert.That(items[0]!.AsObject().Select(property => property.Key), Is.EquivalentTo(new[] { "id", "trackingCode", "status", "title", "distanceMetres" }), "nothing of the reporter");
        }
    }

    [Test]
    public async Task Nearby_shows_five_at_most_and_never_closed_confidential_or_other_categories()
    {
        var category = await NewCategoryAsync();
        var other = await NewCategoryAsync();
        var codes = new List<string>();
        foreach (var offset in new[] { 0.0005, 0.0010, 0.0015, 0.0020, 0.0022, 0.0019 })
            codes.Add(await FiledCodeAsync(category, NearbyLatitude + offset, NearbyLongitude));
        await FiledCodeAsync(category, NearbyLatitude + 0.0001, NearbyLongitude, confidential: true);
        await FiledCodeAsync(other, NearbyLatitude + 0.0001, NearbyLongitude);
        var rejected = await FileAsync("citizen", Waste(category: category, latitude: NearbyLatitude + 0.0002, longitude: NearbyLongitude));
        await StepAsync("coordinator", rejected, "reject", new { reason = "spam" });

        var found = await NearbyAsync(category, NearbyLatitude, NearbyLongitude);

        Assert.That(
            found["items"]!.AsArray().Select(item => item!["trackingCode"]!.GetValue<string>()),
            Is.EqualTo(new[] { codes[0], codes[1], codes[2], codes[5], codes[3] }),
            "the five nearest open public ones; the one at 244.6 m is the sixth");
    }

    [Test]
    public async Task A_category_with_a_smaller_radius_finds_less()
    {
        var category = await NewCategoryAsync(radiusMetres: 100);
        var at56 = await FiledCodeAsync(category, NearbyLatitude + 0.0005, NearbyLongitude);
        await FiledCodeAsync(category, NearbyLatitude + 0.0010, NearbyLongitude);

        var found = await NearbyAsync(category, NearbyLatitude, NearbyLongitude);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found["radiusMetres"]!.GetValue<int>(), Is.EqualTo(100));
            Assert.That(found["items"]!.AsArray().Select(item => item!["trackingCode"]!.GetValue<string>()), Is.EqualTo(new[] { at56 }), "111.2 m is beyond 100 m");
        }
    }

    [Test]
    public async Task The_filing_answer_names_possible_duplicates_and_staff_see_them_on_the_complaint()
    {
        var category = await NewCategoryAsync();
        var first = await FiledCodeAsync(category, NearbyLatitude, NearbyLongitude);

        using var api = Api("citizen");
        using var response = await api.PostAsJsonAsync(Complaints, Waste(category: category, latitude: NearbyLatitude + 0.0010, longitude: NearbyLongitude));
        var filed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var second = response.Headers.Location!;
        var staffView = await Api("coordinator").ReadAsync(second);
        var citizenView = await api.ReadAsync(second);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), filed.ToJsonString());
            Assert.That(filed["possibleDuplicates"]!.AsArray().Select(item => item!["trackingCode"]!.GetValue<string>()), Is.EqualTo(new[] { first }), "not itself");
            Assert.That(filed["possibleDuplicates"]![0]!["distanceMetres"]!.GetValue<double>(), Is.EqualTo(111.1951).Within(0.06));
            Assert.That(staffView["possibleDuplicates"]!.AsArray().Select(item => item!["trackingCode"]!.GetValue<string>()), Is.EqualTo(new[] { first }));
            Assert.That(staffView["possibleDuplicates"]![0]!["id"], Is.Not.Null, "staff compare side by side by id");
            Assert.That(citizenView["possibleDuplicates"], Is.Null);
        }
    }

    [Test]
    public async Task Nearby_outside_the_city_is_422_and_without_arguments_400()
    {
        using var anonymous = _host!.CreateClient();

        using var outside = await anonymous.GetAsync(new Uri($"{Complaints}/nearby?latitude=-0.5022&longitude=117.1536&category=sampah", UriKind.Relative));
        using var unknown = await anonymous.GetAsync(new Uri($"{Complaints}/nearby?latitude=0.13&longitude=117.45&category=parkir_liar", UriKind.Relative));
        using var missing = await anonymous.GetAsync(new Uri($"{Complaints}/nearby?latitude=0.13", UriKind.Relative));

        var problem = await outside.ReadProblemAsync();
        var errors = await ReadErrorsAsync(missing);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outside.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(problem.Code, Is.EqualTo("location_outside_city"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Keys, Is.SupersetOf(new[] { "longitude", "category" }));
        }
    }

    [Test]
    public async Task An_admin_sets_a_categorys_duplicate_radius_within_10_to_5000_metres()
    {
        var code = "radius_" + Guid.NewGuid().ToString("N")[..8];
        _categoriesToDeactivate.Add(code);
        using var admin = Api("admin");
        object Body(int radius) => new
        {
            code, nameId = "Pohon tumbang", nameEn = "Fallen trees", description = "Pohon tumbang di jalan.", opd = "DLH", slaWorkingDays = 3, sortOrder = 90, duplicateRadiusMetres = radius,
        };

        using var tooSmall = await admin.PostAsJsonAsync(Categories, Body(5));
        using var created = await admin.PostAsJsonAsync(Categories, Body(400));
        var createdBody = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var found = await NearbyAsync(code, NearbyLatitude, NearbyLongitude);

        var errors = await ReadErrorsAsync(tooSmall);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tooSmall.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors, Does.ContainKey("duplicateRadiusMetres"));
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), createdBody.ToJsonString());
            Assert.That(createdBody["duplicateRadiusMetres"]!.GetValue<int>(), Is.EqualTo(400));
            Assert.That(found["radiusMetres"]!.GetValue<int>(), Is.EqualTo(400));
        }
    }

    private async Task<string> NewCategoryAsync(int radiusMetres = 250)
    {
        var code = "uji_" + Guid.NewGuid().ToString("N")[..12];
        _categoriesToDeactivate.Add(code);
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO complaints.category (code, name_id, name_en, description, opd_code, sla_working_days, active, sort_order, duplicate_radius_metres)
            VALUES (@code, @name, @name, @name, @opd, @sla, @active, @sort, @radius)
            """,
            new { code, name = "Uji sekitar", opd = "DLH", sla = 5, active = true, sort = 99, radius = radiusMetres });
        return code;
    }

    private async Task<string> FiledCodeAsync(string category, double latitude, double longitude, bool confidential = false)
    {
        using var api = Api("citizen");
        using var response = await api.PostAsJsonAsync(Complaints, Waste(category: category, latitude: latitude, longitude: longitude, confidential: confidential));
        var filed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), filed.ToJsonString());
        return filed["trackingCode"]!.GetValue<string>();
    }

    private async Task<JsonNode> NearbyAsync(string category, double latitude, double longitude)
    {
        using var anonymous = _host!.CreateClient();
        using var response = await anonymous.GetAsync(new Uri(
            string.Create(CultureInfo.InvariantCulture, $"{Complaints}/nearby?latitude={latitude}&longitude={longitude}&category={category}"), UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json);
        return JsonNode.Parse(json)!;
    }
}

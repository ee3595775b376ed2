using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace GovServices.Complaints.Tests;

/// <summary>The area filter on <c>GET requests</c>: a bounding box, or a radius around a point, with paging.</summary>
public sealed partial class Open311ApiTests
{
    private const double CentreLatitude = 0.1300;
    private const double CentreLongitude = 117.4800;

    [Test]
    public async Task A_radius_keeps_the_requests_within_its_great_circle_distance_and_pages_count_only_those()
    {
        var (service, filed) = await FileAroundTheCentreAsync();

        // Hand-computed (mean earth radius 6,371,008.8 m): B is 0.002° of latitude north, R·0.002·π/180 = 222.39 m;
        // C 444.78 m; D 0.003° of longitude east, 333.58 m; E 0.002° north and east, 314.5 m — inside the box of a
        // 300 m circle, outside the circle.
        var within222 = await CodesAsync($"service_code={service}&lat=0.13&long=117.48&radius=222");
        var within223 = await CodesAsync($"service_code={service}&lat=0.13&long=117.48&radius=223");
        var within300 = await CodesAsync($"service_code={service}&lat=0.13&long=117.48&radius=300");
        var within400 = await CodesAsync($"service_code={service}&lat=0.13&long=117.48&radius=400");
        var page1 = await CodesAsync($"service_code={service}&lat=0.13&long=117.48&radius=300&page_size=1&page=1");
        var page2 = await CodesAsync($"service_code={service}&lat=0.13&long=117.48&radius=300&page_size=1&page=2");
        var page3 = await CodesAsync($"service_code={service}&lat=0.13&long=117.48&radius=300&page_size=1&page=3");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(within222, Is.EqualTo(new[] { filed["A"] }), "B lies 222.39 m away, just past the edge");
            Assert.That(within223, Is.EqualTo(new[] { filed["B"], filed["A"] }), "newest first");
            Assert.That(within300, Is.EqualTo(new[] { filed["B"], filed["A"] }), "E is in the box but 314.5 m away");
            Assert.That(within400, Is.EqualTo(new[] { filed["E"], filed["D"], filed["B"], filed["A"] }));
            Assert.That(page1, Is.EqualTo(new[] { filed["B"] }));
            Assert.That(page2, Is.EqualTo(new[] { filed["A"] }));
            Assert.That(page3, Is.Empty);
        }
    }

    [Test]
    public async Task A_bounding_box_keeps_the_requests_inside_it_with_paging_in_json_and_xml()
    {
        var (service, filed) = await FileAroundTheCentreAsync();
        using var anonymous = _host!.CreateClient();

        var boxed = await CodesAsync($"service_code={service}&bbox=117.4790,0.1290,117.4810,0.1330");
        var secondPage = await CodesAsync($"service_code={service}&bbox=117.4790,0.1290,117.4810,0.1330&page_size=1&page=2");
        var xml = XDocument.Parse(await anonymous.GetStringAsync(new Uri($"/open311/v2/requests.xml?service_code={service}&bbox=117.4790,0.1290,117.4810,0.1330", UriKind.Relative)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(boxed, Is.EqualTo(new[] { filed["B"], filed["A"] }), "C is north of the box, D and E east of it");
            Assert.That(secondPage, Is.EqualTo(new[] { filed["A"] }));
            Assert.That(xml.Root!.Elements("request").Select(request => request.Element("service_request_id")!.Value), Is.EqualTo(new[] { filed["B"], filed["A"] }));
        }
    }

    [TestCase("bbox=117.47,0.12,117.49", TestName = "A_bbox_of_three_numbers_is_400_in_the_specs_format")]
    [TestCase("bbox=117.49,0.12,117.47,0.14", TestName = "A_bbox_whose_west_is_east_of_its_east_is_400_in_the_specs_format")]
    [TestCase("bbox=117.47,0.12,117.49,0.14&lat=0.13&long=117.48&radius=100", TestName = "A_bbox_and_a_radius_together_are_400_in_the_specs_format")]
    [TestCase("lat=0.13&long=117.48", TestName = "A_point_without_a_radius_is_400_in_the_specs_format")]
    [TestCase("lat=0.13&long=117.48&radius=-5", TestName = "A_negative_radius_is_400_in_the_specs_format")]
    [TestCase("lat=0.13&long=117.48&radius=20001", TestName = "A_radius_over_20_km_is_400_in_the_specs_format")]
    [TestCase("lat=north&long=117.48&radius=100", TestName = "A_latitude_that_is_no_number_is_400_in_the_specs_format")]
    public async Task A_bad_area_is_refused(string arguments)
    {
        using var anonymous = _host!.CreateClient();

        using var json = await anonymous.GetAsync(new Uri($"/open311/v2/requests.json?{arguments}", UriKind.Relative));
        using var xml = await anonymous.GetAsync(new Uri($"/open311/v2/requests.xml?{arguments}", UriKind.Relative));

        var jsonErrors = JsonNode.Parse(await json.Content.ReadAsStringAsync())!.AsArray();
        var xmlErrors = XDocument.Parse(await xml.Content.ReadAsStringAsync()).Root!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(jsonErrors[0]!["code"]!.GetValue<int>(), Is.EqualTo(400));
            Assert.That(xml.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(xmlErrors.Name.LocalName, Is.EqualTo("errors"));
        }
    }

    /// <summary>A fresh category, so that no other test's requests are in the area; A at the centre, then B, C, D, E, in that order.</summary>
    private async Task<(string Service, Dictionary<string, string> Filed)> FileAroundTheCentreAsync()
    {
        var service = "area_" + Guid.NewGuid().ToString("N")[..8];
        using var admin = OAuth.CreateApiClient(_tokens["admin"]);
        using var created = await admin.PostAsJsonAsync(new Uri("/api/v1/complaints/categories", UriKind.Relative), new
        {
            code = service, nameId = "Uji wilayah", nameEn = "Area test", description = "Kategori uji.", opd = "DLH", slaWorkingDays = 5,
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        var points = new (string Name, double Latitude, double Longitude)[]
        {
            ("A", CentreLatitude, CentreLongitude),
            ("B", CentreLatitude + 0.0020, CentreLongitude),
            ("C", CentreLatitude + 0.0040, CentreLongitude),
            ("D", CentreLatitude, CentreLongitude + 0.0030),
            ("E", CentreLatitude + 0.0020, CentreLongitude + 0.0020),
        };
        var filed = new Dictionary<string, string>();
        foreach (var (name, latitude, longitude) in points)
        {
            filed[name] = await PostServiceRequestAsync(ServiceRequest(
                serviceCode: service,
                lat: latitude.ToString(CultureInfo.InvariantCulture),
                @long: longitude.ToString(CultureInfo.InvariantCulture),
                description: $"Titik {name} di sekitar pusat uji."));
        }

        return (service, filed);
    }

    private async Task<IReadOnlyList<string>> CodesAsync(string arguments)
    {
        using var anonymous = _host!.CreateClient();
        using var response = await anonymous.GetAsync(new Uri($"/open311/v2/requests.json?{arguments}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return [.. JsonNode.Parse(body)!.AsArray().Select(request => request!["service_request_id"]!.GetValue<string>())];
    }
}

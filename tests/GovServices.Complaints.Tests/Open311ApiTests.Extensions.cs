using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace GovServices.Complaints.Tests;

/// <summary>
/// What GeoReport v2 adds beyond its six methods and what integrators expect of a complete endpoint: service
/// discovery, the paging extension (<c>page</c>, <c>page_size</c>) and the request-updates extension.
/// </summary>
public sealed partial class Open311ApiTests
{
    private static readonly string[] UpdateFields = ["update_id", "service_request_id", "status", "updated_datetime", "description", "media_url"];

    [Test]
    public async Task Discovery_names_this_endpoint_its_formats_and_whom_to_ask_for_a_key_in_json_and_xml()
    {
        using var anonymous = _host!.CreateClient();

        var json = JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/open311/v2/discovery.json", UriKind.Relative)))!.AsObject();
        var xml = XDocument.Parse(await anonymous.GetStringAsync(new Uri("/open311/v2/discovery.xml", UriKind.Relative))).Root!;

        var endpoint = json["endpoints"]!.AsArray().Single()!;
        var xmlEndpoint = xml.Element("endpoints")!.Elements("endpoint").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.Select(field => field.Key), Is.EqualTo(new[] { "changeset", "contact", "key_service", "endpoints" }));
            Assert.That(json["contact"]!.GetValue<string>(), Does.Contain("Diskominfotik"));
            Assert.That(json["key_service"]!.GetValue<string>(), Does.Contain("api_key"));
            Assert.That(endpoint["specification"]!.GetValue<string>(), Is.EqualTo("http://wiki.open311.org/GeoReport_v2"));
            Assert.That(endpoint["url"]!.GetValue<string>(), Is.EqualTo(new Uri(anonymous.BaseAddress!, "/open311/v2").ToString()));
            Assert.That(endpoint["type"]!.GetValue<string>(), Is.EqualTo("production"));
            Assert.That(endpoint["formats"]!.AsArray().Select(format => format!.GetValue<string>()), Is.EqualTo(new[] { "text/xml", "application/json" }));
            Assert.That(DateTimeOffset.Parse(endpoint["changeset"]!.GetValue<string>(), CultureInfo.InvariantCulture), Is.LessThanOrEqualTo(DateTimeOffset.UtcNow));
            Assert.That(xml.Name.LocalName, Is.EqualTo("discovery"));
            Assert.That(xmlEndpoint.Element("formats")!.Elements("format").Select(format => format.Value), Is.EqualTo(new[] { "text/xml", "application/json" }));
            Assert.That(xmlEndpoint.Element("url")!.Value, Is.EqualTo(endpoint["url"]!.GetValue<string>()));
        }
    }

    [Test]
    public async Task Pages_of_service_requests_follow_each_other_newest_first_without_gap_or_overlap()
    {
        var filedAt = DateTimeOffset.UtcNow.AddDays(-200);
        var codes = await InsertPublicComplaintsAsync(25, filedAt);
        using var anonymous = _host!.CreateClient();
        var window = $"start_date={W3c(filedAt.AddHours(-1))}&end_date={W3c(filedAt.AddDays(1))}";

        var first = await ListAsync(anonymous, $"{window}&page_size=10");
        var second = await ListAsync(anonymous, $"{window}&page_size=10&page=2");
        var third = await ListAsync(anonymous, $"{window}&page_size=10&page=3");
        var beyond = await ListAsync(anonymous, $"{window}&page_size=10&page=4");
        var all = await ListAsync(anonymous, window);

        var newestFirst = codes.Reverse().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(newestFirst.Take(10)));
            Assert.That(second, Is.EqualTo(newestFirst.Skip(10).Take(10)));
            Assert.That(third, Is.EqualTo(newestFirst.Skip(20)));
            Assert.That(beyond, Is.Empty);
            Assert.That(all, Is.EqualTo(newestFirst), "without paging arguments, every request of the window up to 1,000");
        }
    }

    [TestCase("page_size=0")]
    [TestCase("page_size=1001")]
    [TestCase("page=0")]
    [TestCase("page=two")]
    [TestCase("page_size=-5")]
    public async Task A_page_or_page_size_out_of_range_is_400_in_the_specs_format(string paging)
    {
        using var anonymous = _host!.CreateClient();

        using var response = await anonymous.GetAsync(new Uri($"/open311/v2/requests.xml?{paging}", UriKind.Relative));

        var error = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("error")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.Element("code")!.Value, Is.EqualTo("400"));
            Assert.That(error.Element("description")!.Value, Does.Contain("page_size"));
        }
    }

    [Test]
    public async Task Request_updates_list_each_public_step_oldest_first_with_the_answer_and_never_a_note()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var code = await PostServiceRequestAsync();
        var complaint = new Uri($"/api/v1/complaints/{await IdOfAsync(code)}", UriKind.Relative);
        const string InternalNote = "Catatan internal: cek dulu dengan lurah.";
        foreach (var (who, action, body) in new[]
                 {
                     ("coordinator", "verify", ComplaintSteps.BodyFor("verify")),
                     ("coordinator", "disposition", new { note = InternalNote }),
                     ("officer.dlh", "start", ComplaintSteps.BodyFor("start")),
                     ("officer.dlh", "resolve", ComplaintSteps.BodyFor("resolve")),
                 })
        {
            using var staff = OAuth.CreateApiClient(_tokens[who]);
            using var step = await staff.PostStepAsync(complaint, action, await staff.ETagOfAsync(complaint), body);
            Assert.That(step.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await step.Content.ReadAsStringAsync()}");
        }

        var confidential = await FileConfidentialByRestAsync();
        using var anonymous = _host!.CreateClient();
        var query = $"start_date={W3c(since)}";
        var jsonBody = await anonymous.GetStringAsync(new Uri($"/open311/v2/servicerequestupdates.json?{query}", UriKind.Relative));
        var xml = XDocument.Parse(await anonymous.GetStringAsync(new Uri($"/open311/v2/servicerequestupdates.xml?{query}", UriKind.Relative))).Root!;

        var ours = JsonNode.Parse(jsonBody)!.AsArray().Where(update => update!["service_request_id"]!.GetValue<string>() == code).Select(update => update!.AsObject()).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ours.Select(update => update["description"]!.GetValue<string>()), Is.EqualTo(new[]
            {
                "Report received.", "Report verified.", "Forwarded to the responsible agency (OPD).", "The agency is working on it.",
                "Sampah sudah diangkut oleh DLH pada pagi ini.",
            }), "each step in order; the resolving step carries the OPD's public answer");
            Assert.That(ours.Select(update => update["status"]!.GetValue<string>()), Is.EqualTo(new[] { "open", "open", "open", "open", "closed" }));
            Assert.That(ours[0].Select(field => field.Key), Is.EqualTo(UpdateFields));
            Assert.That(ours.Select(update => update["update_id"]!.GetValue<string>()), Is.Unique);
            Assert.That(ours.Select(update => DateTimeOffset.Parse(update["updated_datetime"]!.GetValue<string>(), CultureInfo.InvariantCulture)), Is.Ordered);
            Assert.That(jsonBody, Does.Not.Contain(InternalNote).And.Not.Contain(confidential).And.Not.Contain("Budi"));
            Assert.That(xml.Name.LocalName, Is.EqualTo("service_request_updates"));
            Assert.That(xml.Elements("request_update").Where(update => update.Element("service_request_id")!.Value == code).Select(update => update.Element("update_id")!.Value),
                Is.EqualTo(ours.Select(update => update["update_id"]!.GetValue<string>())));
        }
    }

    [Test]
    public async Task Request_updates_speak_Indonesian_when_asked_and_page_like_requests()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var code = await PostServiceRequestAsync();
        await PostServiceRequestAsync();
        using var anonymous = _host!.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");
        var window = $"start_date={W3c(since)}";

        var all = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"/open311/v2/servicerequestupdates.json?{window}", UriKind.Relative)))!.AsArray();
        var onePage = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"/open311/v2/servicerequestupdates.json?{window}&page_size=1&page=2", UriKind.Relative)))!.AsArray();
        using var tooLong = await anonymous.GetAsync(new Uri("/open311/v2/servicerequestupdates.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", UriKind.Relative));

        var filing = all.Single(update => update!["service_request_id"]!.GetValue<string>() == code)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(filing["description"]!.GetValue<string>(), Is.EqualTo("Laporan diterima."));
            Assert.That(all, Has.Count.GreaterThanOrEqualTo(2), "two filings at least");
            Assert.That(onePage.Select(update => update!["update_id"]!.GetValue<string>()), Is.EqualTo(all.Skip(1).Take(1).Select(update => update!["update_id"]!.GetValue<string>())),
                "page 2 of size 1 is the second update");
            Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    private static string W3c(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

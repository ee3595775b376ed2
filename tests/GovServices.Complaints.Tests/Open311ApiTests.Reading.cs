using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Complaints.Tests;

/// <summary>Following service requests through Open311: filters, the 90-day window, the cap, and what is never shown.</summary>
public sealed partial class Open311ApiTests
{
    [Test]
    public async Task A_service_request_reads_back_with_every_field_of_the_spec_in_json_and_xml()
    {
        var id = await PostServiceRequestAsync();
        using var anonymous = _host!.CreateClient();

        var json = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"/open311/v2/requests/{id}.json", UriKind.Relative)))!.AsArray().Single()!.AsObject();
        var xml = XDocument.Parse(await anonymous.GetStringAsync(new Uri($"/open311/v2/requests/{id}.xml", UriKind.Relative))).Root!;

        var request = xml.Elements("request").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.Select(field => field.Key), Is.EqualTo(RequestFields));
            Assert.That(json["service_request_id"]!.GetValue<string>(), Is.EqualTo(id));
            Assert.That(json["status"]!.GetValue<string>(), Is.EqualTo("open"));
            Assert.That(json["service_code"]!.GetValue<string>(), Is.EqualTo("sampah"));
            Assert.That(json["agency_responsible"]!.GetValue<string>(), Is.EqualTo("DLH"));
            Assert.That(json["lat"]!.GetValue<double>(), Is.EqualTo(0.1333));
            Assert.That(json["long"]!.GetValue<double>(), Is.EqualTo(117.4833));
            Assert.That(json["media_url"]!.GetValue<string>(), Is.EqualTo("https://media.example.id/laporan/7.jpg"));
            Assert.That(DateTimeOffset.Parse(json["requested_datetime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));
            Assert.That(xml.Name.LocalName, Is.EqualTo("service_requests"));
            Assert.That(request.Elements().Select(element => element.Name.LocalName), Is.EqualTo(RequestFields));
            Assert.That(request.Element("status")!.Value, Is.EqualTo("open"));
        }
    }

    [Test]
    public async Task A_resolved_complaint_is_closed_with_the_opds_public_answer_as_status_notes()
    {
        var code = await PostServiceRequestAsync();
        var complaint = new Uri($"/api/v1/complaints/{await IdOfAsync(code)}", UriKind.Relative);
        foreach (var (who, action) in new[] { ("coordinator", "verify"), ("coordinator", "disposition"), ("officer.dlh", "start"), ("officer.dlh", "resolve") })
        {
            using var staff = OAuth.CreateApiClient(_tokens[who]);
            using var step = await staff.PostStepAsync(complaint, action, await staff.ETagOfAsync(complaint), ComplaintSteps.BodyFor(action));
            Assert.That(step.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await step.Content.ReadAsStringAsync()}");
        }

        using var anonymous = _host!.CreateClient();
        var request = XDocument.Parse(await anonymous.GetStringAsync(new Uri($"/open311/v2/requests/{code}.xml", UriKind.Relative))).Root!.Element("request")!;
        var closed = await ListAsync(anonymous, "status=closed");
        var open = await ListAsync(anonymous, "status=open");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Element("status")!.Value, Is.EqualTo("closed"));
            Assert.That(request.Element("status_notes")!.Value, Is.EqualTo("Sampah sudah diangkut oleh DLH pada pagi ini."));
            Assert.That(request.Element("expected_datetime")!.Value, Does.EndWith("T23:59:59+08:00"), "by the end of the resolution due date, city time");
            Assert.That(closed, Does.Contain(code));
            Assert.That(open, Does.Not.Contain(code));
        }
    }

    [Test]
    public async Task No_reporter_identity_appears_in_any_service_request()
    {
        var id = await PostServiceRequestAsync();
        using var anonymous = _host!.CreateClient();

        var one = await anonymous.GetStringAsync(new Uri($"/open311/v2/requests/{id}.xml", UriKind.Relative));
        var all = await anonymous.GetStringAsync(new Uri("/open311/v2/requests.json", UriKind.Relative));

        foreach (var identity in new[] { "Budi", "Hartono", "budi.hartono@example.id", "5555", "partner-app" })
        {
            Assert.That(one, Does.Not.Contain(identity));
            Assert.That(all, Does.Not.Contain(identity));
        }
    }

    [Test]
    public async Task A_confidential_complaint_is_never_listed_nor_fetched()
    {
        var confidential = await FileConfidentialByRestAsync();
        using var anonymous = _host!.CreateClient();

        using var fetched = await anonymous.GetAsync(new Uri($"/open311/v2/requests/{confidential}.json", UriKind.Relative));
        var byId = JsonNode.Parse(await anonymous.GetStringAsync(new Uri($"/open311/v2/requests.json?service_request_id={confidential}", UriKind.Relative)))!.AsArray();
        var byCode = await anonymous.GetStringAsync(new Uri("/open311/v2/requests.xml?service_code=pelayanan_publik", UriKind.Relative));
        var everything = await anonymous.GetStringAsync(new Uri("/open311/v2/requests.json", UriKind.Relative));

        var error = JsonNode.Parse(await fetched.Content.ReadAsStringAsync())!.AsArray().Single()!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(fetched.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(error["code"]!.GetValue<int>(), Is.EqualTo(404));
            Assert.That(byId, Is.Empty);
            Assert.That(byCode, Does.Not.Contain(confidential));
            Assert.That(everything, Does.Not.Contain(confidential).And.Not.Contain("Pungutan"));
        }
    }

    [Test]
    public async Task Service_requests_are_filtered_by_ids_service_code_and_status()
    {
        var waste = await PostServiceRequestAsync();
        var light = await PostServiceRequestAsync(ServiceRequest(serviceCode: "penerangan_jalan"));
        using var anonymous = _host!.CreateClient();

        var byIds = await ListAsync(anonymous, $"service_request_id={waste},{light.ToLowerInvariant()},LPR-0000-0000");
        var byCode = await ListAsync(anonymous, "service_code=penerangan_jalan");
        var open = await ListAsync(anonymous, "status=open");
        var closed = await ListAsync(anonymous, "status=closed");
        using var badStatus = await anonymous.GetAsync(new Uri("/open311/v2/requests.json?status=pending", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byIds, Is.EquivalentTo(new[] { waste, light }));
            Assert.That(byCode, Does.Contain(light).And.Not.Contain(waste));
            Assert.That(open, Does.Contain(light).And.Contain(waste));
            Assert.That(closed, Does.Not.Contain(light).And.Not.Contain(waste));
            Assert.That(badStatus.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    [Test]
    public async Task The_default_window_is_the_last_90_days_and_a_longer_one_is_400()
    {
        var old = await InsertPublicComplaintsAsync(1, DateTimeOffset.UtcNow.AddDays(-120));
        using var anonymous = _host!.CreateClient();

        var recent = await ListAsync(anonymous, "");
        var start = DateTimeOffset.UtcNow.AddDays(-125).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var then = await ListAsync(anonymous, $"start_date={start}");
        using var tooLong = await anonymous.GetAsync(new Uri("/open311/v2/requests.xml?start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:00Z", UriKind.Relative));
        using var badDate = await anonymous.GetAsync(new Uri("/open311/v2/requests.json?end_date=yesterday", UriKind.Relative));

        var error = XDocument.Parse(await tooLong.Content.ReadAsStringAsync()).Root!.Element("error")!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(recent, Does.Not.Contain(old[0]));
            Assert.That(then, Does.Contain(old[0]));
            Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.Element("code")!.Value, Is.EqualTo("400"));
            Assert.That(error.Element("description")!.Value, Does.Contain("90 days"));
            Assert.That(badDate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    [Test]
    public async Task At_most_1000_service_requests_are_returned_newest_first()
    {
        var filedAt = DateTimeOffset.UtcNow.AddDays(-300);
        var codes = await InsertPublicComplaintsAsync(1001, filedAt);
        using var anonymous = _host!.CreateClient();
        static string W3c(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var query = $"start_date={W3c(filedAt.AddHours(-1))}&end_date={W3c(filedAt.AddDays(1))}";
        await ListAsync(anonymous, query);
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var listed = await ListAsync(anonymous, query);
        TestContext.Out.WriteLine($"GET requests.json with 1,000 requests on {provider}: {timer.ElapsedMilliseconds} ms");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed, Has.Count.EqualTo(1000));
            Assert.That(listed[0], Is.EqualTo(codes[^1]), "the newest first");
            Assert.That(listed, Does.Not.Contain(codes[0]), "the oldest is the one left out");
        }
    }

    private async Task<Guid> IdOfAsync(string trackingCode)
    {
        await using var connection = await _host!.Services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return await connection.QuerySingleAsync<Guid>("SELECT id FROM complaints.complaint WHERE tracking_code = @tracking_code", new { tracking_code = trackingCode });
    }

    private static async Task<List<string>> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri($"/open311/v2/requests.json?{query}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return [.. JsonNode.Parse(body)!.AsArray().Select(request => request!["service_request_id"]!.GetValue<string>())];
    }

    /// <summary>Complaints filed long ago, one second apart, straight into the table: the API cannot file in the past.</summary>
    private async Task<IReadOnlyList<string>> InsertPublicComplaintsAsync(int count, DateTimeOffset firstFiledAt)
    {
        var rows = Enumerable.Range(0, count).Select(index =>
        {
            var filedAt = firstFiledAt.AddSeconds(index);
            return new
            {
                id = Guid.CreateVersion7(filedAt),
                tracking_code = TrackingCode.NewCode(),
                filed_at = filedAt,
                verification_due_on = DateOnly.FromDateTime(filedAt.UtcDateTime).AddDays(5),
            };
        }).ToList();

        var connections = _host!.Services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO complaints.complaint (id, tracking_code, category_code, opd_code, status, title, description, latitude, longitude,
                address, media_urls, anonymous, confidential, reporter_user_id, reporter_nik, reporter_name, reporter_contact,
                filed_by_client_id, filed_at, verification_due_on, follow_up_due_on, resolution_due_on, updated_at, version)
            VALUES (@id, @tracking_code, 'sampah', 'DLH', 'submitted', 'Sampah lama', 'Sampah lama belum diangkut.', NULL, NULL,
                'Jl. Pupuk Raya', '[]', @no, @no, NULL, NULL, 'Arsip', '0812', 'partner-app', @filed_at, @verification_due_on, NULL, NULL, @filed_at, 1)
            """,
            rows.Select(row => new { row.id, row.tracking_code, row.filed_at, row.verification_due_on, no = false }),
            transaction);
        await transaction.CommitAsync();
        return [.. rows.Select(row => row.tracking_code)];
    }
}

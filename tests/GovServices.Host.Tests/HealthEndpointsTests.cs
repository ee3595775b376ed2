using System.Net;
using System.Text.Json;
using GovServices.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovServices.Host.Tests;

[TestFixture]
internal sealed class HealthEndpointsTests
{
    private const string ReadyTag = "ready";
    private static readonly Uri Live = new("/health/live", UriKind.Relative);
    private static readonly Uri Ready = new("/health/ready", UriKind.Relative);

    [Test]
    public async Task Liveness_answers_200_with_a_json_report_and_runs_no_check()
    {
        await using var host = new GovServicesWebApplicationFactory();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(Live);

        using var report = await ReadReportAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(report.RootElement.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(report.RootElement.GetProperty("checks").GetArrayLength(), Is.Zero);
        }
    }

    [Test]
    public async Task Readiness_answers_200_with_a_json_report_that_includes_the_database()
    {
        await using var host = new GovServicesWebApplicationFactory();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(Ready);

        using var report = await ReadReportAsync(response);
        var database = CheckNamed(report, "database");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(report.RootElement.GetProperty("status").GetString(), Is.AnyOf("Healthy", "Degraded"), "degraded while next year's holidays are missing");
            Assert.That(database.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(database.GetProperty("description").GetString(), Is.Not.Empty);
        }
    }

    [Test]
    public async Task Readiness_reports_how_far_the_holiday_data_reaches()
    {
        await using var host = new GovServicesWebApplicationFactory();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(Ready);

        using var report = await ReadReportAsync(response);
        var calendar = CheckNamed(report, "working-day-calendar");
        var nextYear = DateTime.UtcNow.AddHours(8).Year + 1;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(calendar.GetProperty("status").GetString(), Is.AnyOf("Healthy", "Degraded"));
            Assert.That(calendar.GetProperty("description").GetString(), Does.Contain(nextYear.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public async Task Next_years_holidays_put_in_the_operators_folder_make_the_calendar_healthy_without_a_release()
    {
        var nextYear = DateTime.UtcNow.AddHours(8).Year + 1;
        var directory = Directory.CreateTempSubdirectory("govservices-holidays-");
        try
        {
            File.WriteAllText(
                Path.Combine(directory.FullName, $"holidays-id-{nextYear}.csv"),
                $"date,kind,name\n{nextYear}-01-01,national,Tahun Baru {nextYear} Masehi\n");
            await using var host = new GovServicesWebApplicationFactory(new Dictionary<string, string?> { ["Calendar:HolidaysDirectory"] = directory.FullName });
            using var client = host.CreateClient();

            using var response = await client.GetAsync(Ready);

            using var report = await ReadReportAsync(response);
            Assert.That(CheckNamed(report, "working-day-calendar").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Readiness_runs_the_checks_tagged_ready_and_describes_each_one()
    {
        await using var host = HostWithChecks(checks => checks
            .AddCheck("message-broker", () => HealthCheckResult.Healthy("Broker reachable"), tags: [ReadyTag])
            .AddCheck("untagged", () => HealthCheckResult.Unhealthy("Not a readiness concern")));
        using var client = host.CreateClient();

        using var response = await client.GetAsync(Ready);

        using var report = await ReadReportAsync(response);
        var names = report.RootElement.GetProperty("checks").EnumerateArray()
            .Select(check => check.GetProperty("name").GetString());
        var broker = CheckNamed(report, "message-broker");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(names, Does.Not.Contain("untagged"));
            Assert.That(broker.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(broker.GetProperty("description").GetString(), Is.EqualTo("Broker reachable"));
        }
    }

    [Test]
    public async Task Readiness_is_503_while_a_ready_check_is_unhealthy_but_liveness_stays_200()
    {
        await using var host = HostWithChecks(checks => checks
            .AddCheck("message-broker", () => HealthCheckResult.Unhealthy("Broker unreachable"), tags: [ReadyTag]));
        using var client = host.CreateClient();

        using var ready = await client.GetAsync(Ready);
        using var live = await client.GetAsync(Live);

        using var report = await ReadReportAsync(ready);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(report.RootElement.GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
            Assert.That(CheckNamed(report, "message-broker").GetProperty("description").GetString(), Is.EqualTo("Broker unreachable"));
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    private static WebApplicationFactory<Program> HostWithChecks(Action<IHealthChecksBuilder> addChecks) =>
        new GovServicesWebApplicationFactory().WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => addChecks(services.AddHealthChecks())));

    private static async Task<JsonDocument> ReadReportAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static JsonElement CheckNamed(JsonDocument report, string name) =>
        report.RootElement.GetProperty("checks").EnumerateArray()
            .Single(check => check.GetProperty("name").GetString() == name);
}

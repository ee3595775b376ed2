using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovServices.Host.Tests.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace GovServices.Host.Tests;

[TestFixture]
internal sealed class JsonConventionsTests
{
    [Test]
    public async Task Responses_use_camel_case_names_enum_names_and_utc_iso_8601_times()
    {
        await using var host = HostWithDiagnosticEndpoints.InEnvironment(Environments.Production);
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync(
            new Uri(DiagnosticEndpointsStartupFilter.EchoPath, UriKind.Relative),
            new { name = "Siti", count = 3, ignoredExtra = true });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = json.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.GetProperty("name").GetString(), Is.EqualTo("Siti"));
            Assert.That(reply.GetProperty("count").GetInt32(), Is.EqualTo(3));
            Assert.That(reply.GetProperty("day").GetString(), Is.EqualTo(nameof(DayOfWeek.Tuesday)));
            Assert.That(reply.GetProperty("at").GetString(), Is.EqualTo("2025-03-04T02:30:00Z"));
        }
    }
}

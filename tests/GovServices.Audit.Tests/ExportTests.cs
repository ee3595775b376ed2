using System.Net;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;

namespace GovServices.Audit.Tests;

/// <summary>Exports of a sealed trail, checked offline with the documented script.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class ExportTests(DatabaseProvider provider)
{
    private AuditedHost _host = null!;
    private string _directory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _directory = Directory.CreateTempSubdirectory("audit-export-").FullName;
        _host = await AuditedHost.StartAsync(provider);
        await _host.ActInEveryModuleAsync("first");
        await _host.SealAsync();
        await _host.ActInEveryModuleAsync("second");
        await _host.SealAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [TestCase("jsonl")]
    [TestCase("csv")]
    public async Task An_export_verifies_offline_up_to_the_seal_the_API_reports(string format)
    {
        var file = await ExportAsync("civil_registry", format);
        var lastHash = (await _host.VerifyAsync("civil_registry"))["lastSeal"]!["lastHash"]!.GetValue<string>();

        var (exitCode, output) = await OfflineVerifier.RunAsync(file, lastHash);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.StartWith("intact: 2 records in 2 sealed batches"));
            Assert.That(await File.ReadAllTextAsync(file), Does.Contain(AuditedHost.DemoCitizenNik), "the export carries the sealed content in full");
        }
    }

    [Test]
    public async Task An_export_edited_after_it_left_fails_offline_verification()
    {
        var file = await ExportAsync("civil_registry", "jsonl");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("health-service", "law-enforcement", StringComparison.Ordinal));

        var (exitCode, output) = await OfflineVerifier.RunAsync(file);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("position 1 (access_log)").And.Contain("edited"));
        }
    }

    [Test]
    public async Task An_export_checked_against_another_seal_fails()
    {
        var file = await ExportAsync("payments", "jsonl");

        var (exitCode, output) = await OfflineVerifier.RunAsync(file, new string('a', 64));

        Assert.That(exitCode, Is.EqualTo(1), output);
    }

    [Test]
    public async Task An_export_is_streamed_with_a_file_name_and_a_time_range_before_any_seal_is_empty()
    {
        using var auditor = await _host.AuditorAsync();

        using var response = await auditor.GetAsync(new Uri(
            "/api/v1/audit/export?module=payments&from=2020-01-01T00:00:00Z&until=2020-02-01T00:00:00Z&format=csv", UriKind.Relative));

        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.StartWith("audit-payments-20200101T000000Z"));
            Assert.That(lines, Has.Length.EqualTo(2), "the column names and the header line");
        }
    }

    [TestCase("module=payments&from=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z")]
    [TestCase("module=payments&from=2026-01-01T00:00:00Z&until=2026-02-01T00:00:00Z&format=xml")]
    [TestCase("module=payments")]
    public async Task An_export_with_a_bad_range_or_format_is_400(string query)
    {
        using var auditor = await _host.AuditorAsync();

        using var response = await auditor.GetAsync(new Uri("/api/v1/audit/export?" + query, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Exports_are_on_record_in_the_audit_modules_trail()
    {
        await ExportAsync("payments", "jsonl");

        var page = await _host.GetJsonAsync("/api/v1/audit/events?module=audit&action=audit.trail_exported&subject=payments");

        Assert.That(page["items"]!.AsArray(), Is.Not.Empty);
    }

    private async Task<string> ExportAsync(string module, string format)
    {
        using var auditor = await _host.AuditorAsync();
        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"));
        var until = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        using var response = await auditor.GetAsync(new Uri($"/api/v1/audit/export?module={module}&from={from}&until={until}&format={format}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());

        var file = Path.Combine(_directory, $"{module}-{Guid.NewGuid():N}.{format}");
        await using (var target = File.Create(file))
            await response.Content.CopyToAsync(target);
        return file;
    }
}

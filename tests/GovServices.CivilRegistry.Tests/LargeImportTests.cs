using System.Diagnostics;
using System.Text;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.Synthetic;
using GovServices.CivilRegistry.Tests.Harness;
using GovServices.Testing.Databases;

namespace GovServices.CivilRegistry.Tests;

/// <summary>A 100,000-row import in the suite; its duration goes to the test output (the real figure is the benchmark's).</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class LargeImportTests(DatabaseProvider provider) : CivilRegistryFixture(provider)
{
    private const int Rows = 100_000;

    [Test]
    public async Task A_hundred_thousand_rows_import_completely()
    {
        Registry.Actor.Officer("DISDUKCAPIL", clientId: "dukcapil-loader");
        var residents = new SyntheticResidentGenerator(2026, DateOnly.FromDateTime(CivilRegistryHarness.Now.UtcDateTime)).Generate(Rows);
        await using var text = new StringWriter(new StringBuilder(Rows * 200));
        await ResidentCsvWriter.WriteAsync(text, residents);
        var file = Encoding.UTF8.GetBytes(text.ToString());

        var stopwatch = Stopwatch.StartNew();
        var report = await Registry.ImportAsync(file);
        stopwatch.Stop();

        TestContext.Progress.WriteLine(
            $"{Provider}: imported {report.RowsInserted:N0} of {Rows:N0} rows ({file.Length / 1024.0 / 1024.0:F1} MB) in {stopwatch.Elapsed.TotalSeconds:F1} s, {Rows / stopwatch.Elapsed.TotalSeconds:N0} rows/s");
        Assert.That((report.Status, report.RowsInserted, report.RowsFailed), Is.EqualTo(("Completed", (long)Rows, 0L)));
        Assert.That(await Registry.ScalarAsync<long>("SELECT COUNT(*) FROM civil_registry.resident"), Is.EqualTo(Rows));
    }
}

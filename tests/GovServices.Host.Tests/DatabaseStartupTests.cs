using System.Net;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Data.Migrations;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Host.Tests;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
internal sealed class DatabaseStartupTests(DatabaseProvider provider)
{
    private static readonly string[] ModuleSchemas = ["identity", "complaints", "permits", "civil_registry", "payments", "audit", "calendar"];

    [Test]
    public async Task The_host_migrates_an_empty_database_and_then_reports_ready()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new GovServicesWebApplicationFactory(database.ToConfiguration());
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var migrator = host.Services.GetRequiredService<DatabaseMigrator>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            foreach (var schema in ModuleSchemas)
                Assert.That(await migrator.GetAppliedScriptsAsync(schema), Is.Not.Empty, schema);
        }
    }

    [Test]
    public async Task Starting_a_second_time_on_the_same_database_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        IReadOnlyList<string> before;
        await using (var first = new GovServicesWebApplicationFactory(database.ToConfiguration()))
        {
            first.CreateClient().Dispose();
            before = await first.Services.GetRequiredService<DatabaseMigrator>().GetAppliedScriptsAsync("complaints");
        }

        await using var second = new GovServicesWebApplicationFactory(database.ToConfiguration());
        using var client = second.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var after = await second.Services.GetRequiredService<DatabaseMigrator>().GetAppliedScriptsAsync("complaints");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after, Is.EqualTo(before));
        }
    }
}

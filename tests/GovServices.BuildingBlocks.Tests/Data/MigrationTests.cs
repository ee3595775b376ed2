using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Data.Migrations;
using GovServices.BuildingBlocks.Tests.Harness;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Tests.Data;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class MigrationTests(DatabaseProvider provider) : DatabaseFixture(provider)
{
    [Test]
    public async Task A_migrated_database_has_no_pending_scripts()
    {
        var pending = await Harness.Services.GetRequiredService<DatabaseMigrator>().GetPendingScriptsAsync();

        Assert.That(pending, Is.Empty);
    }

    [Test]
    public async Task Migrating_again_changes_nothing()
    {
        var journalRows = await Harness.ScalarAsync<long>("SELECT COUNT(*) FROM sample.schema_versions");

        await Harness.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        Assert.That(await Harness.ScalarAsync<long>("SELECT COUNT(*) FROM sample.schema_versions"), Is.EqualTo(journalRows));
    }

    [Test]
    public async Task Each_module_schema_has_its_own_journal_with_building_blocks_first()
    {
        var scripts = await Harness.Services.GetRequiredService<DatabaseMigrator>().GetAppliedScriptsAsync("sample");

        Assert.That(scripts, Is.EqualTo(new[] { "building-blocks/0001_building_blocks.sql", "building-blocks/0002_audit_seal.sql", "building-blocks/0003_provisional_due_dates.sql", "module/0001_sample.sql" }));
    }

    [Test]
    public async Task Building_block_tables_exist_in_the_module_schema()
    {
        foreach (var table in new[] { "outbox_message", "inbox_message", "audit_log", "idempotency_record", "provisional_due_date" })
        {
            var rows = await Harness.ScalarAsync<long>($"SELECT COUNT(*) FROM sample.{table}");
            Assert.That(rows, Is.Zero, table);
        }
    }
}

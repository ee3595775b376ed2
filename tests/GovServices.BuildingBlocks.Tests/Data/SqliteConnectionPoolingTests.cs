using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Tests.Harness;

namespace GovServices.BuildingBlocks.Tests.Data;

/// <summary>
/// Every request opens a connection; on SQLite it must come from the pool with its schema files still attached,
/// not be made and attached afresh (ADR 0019: that cost GET /api/v1/complaints/{id} most of its time).
/// </summary>
public sealed class SqliteConnectionPoolingTests() : DatabaseFixture(DatabaseProvider.Sqlite)
{
    [Test]
    public async Task A_connection_opened_again_is_the_pooled_one_with_its_schemas_still_attached()
    {
        await using (var first = await Harness.Connections.OpenConnectionAsync())
        {
            // A temporary table lives exactly as long as the native connection: it marks the one we had.
            await first.ExecuteAsync("CREATE TEMP TABLE pooled_connection_marker (id INTEGER)");
        }

        await using var again = await Harness.Connections.OpenConnectionAsync();
        var markers = await again.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM temp.sqlite_master WHERE name = 'pooled_connection_marker'");
        var attached = (await again.QueryAsync<string>("SELECT name FROM pragma_database_list")).ToList();
        await again.ExecuteAsync("DROP TABLE IF EXISTS temp.pooled_connection_marker");

        Assert.Multiple(() =>
        {
            Assert.That(markers, Is.EqualTo(1), "the same native connection came back from the pool");
            Assert.That(attached, Does.Contain(BuildingBlocksHarness.SampleSchema.Name), "its schema files stay attached");
        });
    }
}

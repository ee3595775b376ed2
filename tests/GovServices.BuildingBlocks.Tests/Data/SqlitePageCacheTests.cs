using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Tests.Harness;

namespace GovServices.BuildingBlocks.Tests.Data;

/// <summary>
/// Every pooled SQLite connection keeps a page cache per attached schema file, so the host's native memory grows
/// with connections times files; the configured size must reach every file a connection attaches (ADR 0023).
/// </summary>
public sealed class SqlitePageCacheTests() : DatabaseFixture(DatabaseProvider.Sqlite)
{
    private const int CacheKibibytes = 384;

    internal override Task<BuildingBlocksHarness> StartAsync() => BuildingBlocksHarness.StartAsync(
        DatabaseProvider.Sqlite,
        settings: new Dictionary<string, string?> { ["Database:SqliteCacheKibibytes"] = CacheKibibytes.ToString() });

    [Test]
    public async Task Every_schema_file_a_connection_attaches_gets_the_configured_page_cache()
    {
        await using var connection = await Harness.Connections.OpenConnectionAsync();
        var schemas = (await connection.QueryAsync<string>("SELECT name FROM pragma_database_list WHERE name NOT IN ('main', 'temp')")).ToList();
        var sizes = new Dictionary<string, long>();
        foreach (var schema in schemas)
            sizes[schema] = await connection.ExecuteScalarAsync<long>($"PRAGMA \"{schema}\".cache_size");

        Assert.Multiple(() =>
        {
            Assert.That(schemas, Does.Contain(BuildingBlocksHarness.SampleSchema.Name));
            // A negative cache_size is in KiB; SQLite's default would read -2000.
            Assert.That(sizes.Values, Is.All.EqualTo(-CacheKibibytes), string.Join(", ", sizes));
        });
    }

    [Test]
    public async Task A_connection_from_the_pool_still_has_the_configured_page_cache()
    {
        await using (var first = await Harness.Connections.OpenConnectionAsync())
            await first.ExecuteAsync("SELECT 1");

        await using var again = await Harness.Connections.OpenConnectionAsync();
        var size = await again.ExecuteScalarAsync<long>($"PRAGMA \"{BuildingBlocksHarness.SampleSchema.Name}\".cache_size");

        Assert.That(size, Is.EqualTo(-CacheKibibytes));
    }
}

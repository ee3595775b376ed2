using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.AccessTrail;
using GovServices.CivilRegistry.Domain;
using GovServices.CivilRegistry.Tests.Harness;
using GovServices.Testing.Databases;

namespace GovServices.CivilRegistry.Tests;

/// <summary>
/// A NIK lookup must be answered by an index, whatever the database: on PostgreSQL a NIK sent as text was compared
/// as text and read every resident (a sequential scan of 1,000,000 rows per verification).
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class NikIndexTests(DatabaseProvider provider) : CivilRegistryFixture(provider)
{
    private const string Nik = "6474015203850001";

    [OneTimeSetUp]
    public void OnlyPostgreSql()
    {
        if (Provider != DatabaseProvider.PostgreSql)
            Assert.Ignore("The query plans checked here are PostgreSQL's.");
    }

    [TestCase(ResidentSql.SelectByNik, TestName = "A resident is found by NIK through the primary key")]
    [TestCase("SELECT id FROM civil_registry.access_log WHERE " + AccessLogSql.ByNik, TestName = "A resident's access trail is found by NIK through its index")]
    public async Task The_query_uses_an_index(string sql)
    {
        await using var connection = await Registry.Connections.OpenConnectionAsync();
        // Without statistics on a small table the planner may scan anyway: forbid that, so only a usable index wins.
        await connection.ExecuteAsync("SET enable_seqscan = off");

        var plan = string.Join("\n", await connection.QueryAsync<string>("EXPLAIN " + sql, new { nik = Nik }));

        Assert.That(plan, Does.Contain("Index").And.Not.Contain("Seq Scan"), plan);
    }
}

using System.Net;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Data.Migrations;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Host.Tests;

/// <summary>
/// Instances of a fresh deployment start at the same moment on one empty database: each must start, and what start-up
/// creates (schemas, demo clients and users, residents, key rings and keys) must exist once.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
internal sealed class ConcurrentStartupTests(DatabaseProvider provider)
{
    private const int Instances = 3;
    private static readonly string[] ModuleSchemas = ["identity", "complaints", "permits", "civil_registry", "payments", "audit"];

    [Test]
    public async Task Three_instances_started_together_on_an_empty_database_all_start_and_create_everything_once()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = database.ToConfiguration()
            .Append(new("Identity:SeedDemoData", "true"))
            .Append(new("CivilRegistry:SeedDemoData", "true"))
            .Append(new("Payments:Channels:bank-channel:SigningKey", "bank-channel-secret"))
            .ToDictionary();
        var hosts = Enumerable.Range(0, Instances).Select(_ => new GovServicesWebApplicationFactory(settings)).ToList();
        try
        {
            var starts = hosts.Select(host => Task.Run(() => host.CreateClient().Dispose())).ToList();
            var failures = new List<string>();
            foreach (var start in starts)
            {
                try
                {
                    await start;
                }
                catch (Exception exception)
                {
                    failures.Add(exception.ToString());
                }
            }

            Assert.That(failures, Is.Empty, "every instance starts");

            var ready = new List<HttpStatusCode>();
            foreach (var host in hosts)
            {
                using var client = host.CreateClient();
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                ready.Add(response.StatusCode);
            }

            var counts = await CountAsync(hosts[0].Services.GetRequiredService<IDbConnectionFactory>());
            var protectedByFirst = hosts[0].Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("shared");
            using (Assert.EnterMultipleScope())
            {
                Assert.That(ready, Is.All.EqualTo(HttpStatusCode.OK));
                Assert.That(counts["clients"], Is.EqualTo(7), "the demo clients (README)");
                Assert.That(counts["users"], Is.EqualTo(6), "the demo users (README)");
                Assert.That(counts["roles"], Is.EqualTo(GovServices.BuildingBlocks.Security.Roles.All.Count));
                Assert.That(counts["data protection keys"], Is.EqualTo(1), "one key ring for every instance");
                Assert.That(counts["residents"], Is.EqualTo(3_001), "the synthetic residents and the demo citizen");
                Assert.That(counts["permit signing keys"], Is.EqualTo(1));
                Assert.That(counts["bank channels"], Is.EqualTo(1));
                Assert.That(counts["complaint categories"], Is.GreaterThan(0));
                Assert.That(counts["permit types"], Is.GreaterThan(0));
                foreach (var host in hosts.Skip(1))
                {
                    Assert.That(host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedByFirst),
                        Is.EqualTo("shared"), "another instance reads what the first protected");
                }

                var migrator = hosts[0].Services.GetRequiredService<DatabaseMigrator>();
                foreach (var schema in ModuleSchemas)
                {
                    var applied = await migrator.GetAppliedScriptsAsync(schema);
                    Assert.That(applied, Is.Not.Empty.And.Unique, schema);
                }
            }
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
        }
    }

    private static async Task<Dictionary<string, long>> CountAsync(IDbConnectionFactory connections)
    {
        var tables = new Dictionary<string, string>
        {
            ["clients"] = "\"identity\".\"OpenIddictApplications\"",
            ["users"] = "\"identity\".\"AspNetUsers\"",
            ["roles"] = "\"identity\".\"AspNetRoles\"",
            ["data protection keys"] = "\"identity\".\"DataProtectionKeys\"",
            ["residents"] = "civil_registry.resident",
            ["permit signing keys"] = "permits.signing_key",
            ["bank channels"] = "payments.channel",
            ["complaint categories"] = "complaints.category",
            ["permit types"] = "permits.permit_type",
        };
        await using var connection = await connections.OpenConnectionAsync();
        var counts = new Dictionary<string, long>();
        foreach (var (name, table) in tables)
            counts[name] = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
        return counts;
    }
}

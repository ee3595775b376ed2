using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Data.Migrations;
using GovServices.Permits.Issuing;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>The seeded catalogue's permit numbers, and migration 0003 on a database that already has 0001 and 0002.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
internal sealed class SeededPermitNumberTests(DatabaseProvider provider)
{
    // 1 December 2026, 10:00 in Bontang (WITA, UTC+8).
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private const string Migration0003 = "module/0003_distinct_permit_numbers.sql";

    [Test]
    public async Task One_permit_of_each_seeded_type_in_the_same_month_gets_five_different_numbers()
    {
        await using var host = await IssuingHost.StartAsync(provider, Now);
        var types = await SeededTypesAsync(host.Services);

        var numbers = new List<string>();
        foreach (var type in types)
            numbers.Add((await host.IssueAsync(PermitOf(type))).Number);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(types.Select(type => type.Code), Is.EqualTo(new[] { "PBG", "REKLAME", "KERAMAIAN", "SIP", "IUMK" }));
            Assert.That(numbers, Is.Unique);
            Assert.That(numbers, Is.EqualTo(new[]
            {
                "648/0001/DPMPTSP/XII/2026",
                "503.1/0001/DPMPTSP/XII/2026",
                "503.2/0001/DPMPTSP/XII/2026",
                "503.3/0001/DPMPTSP/XII/2026",
                "503.4/0001/DPMPTSP/XII/2026",
            }));
        }
    }

    [Test]
    public async Task Migration_0003_on_a_database_with_0001_and_0002_separates_the_codes_and_keeps_the_permits_issued()
    {
        await using var host = await IssuingHost.StartAsync(provider, Now);
        await ReturnToBefore0003Async(host.Services);
        // Issued before 0003, under the shared code.
        var before = await host.IssueAsync(PermitOf((await SeededTypesAsync(host.Services)).Single(type => type.Code == "REKLAME")));
        var versionBefore = await ScalarAsync<int>(host.Services, "SELECT version FROM permits.permit_type WHERE code = 'IUMK'");

        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();

        var applied = await AppliedScriptsAsync(host.Services);
        var types = await SeededTypesAsync(host.Services);
        var after = await host.IssueAsync(PermitOf(types.Single(type => type.Code == "IUMK")));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Number, Is.EqualTo("503/0001/DPMPTSP/XII/2026"));
            Assert.That(applied, Does.Contain(Migration0003));
            Assert.That(types.Select(type => type.ClassificationCode), Is.EqualTo(new[] { "648", "503.1", "503.2", "503.3", "503.4" }));
            Assert.That(await ScalarAsync<int>(host.Services, "SELECT version FROM permits.permit_type WHERE code = 'IUMK'"), Is.EqualTo(versionBefore + 1), "ETags read before the change are stale");
            Assert.That(await ScalarAsync<string>(host.Services, "SELECT number FROM permits.issued_permit WHERE id = @id", new { id = before.Id }), Is.EqualTo(before.Number), "an issued number is never rewritten");
            Assert.That(after.Number, Is.EqualTo("503.4/0001/DPMPTSP/XII/2026"), "not 503/0001, which REKLAME already issued");
        }
    }

    /// <summary>Undoes 0003 exactly, so that the database is as 0001 and 0002 left it and the migrator sees 0003 as pending.</summary>
    private async Task ReturnToBefore0003Async(IServiceProvider services)
    {
        var journalColumn = provider == DatabaseProvider.Sqlite ? "script_name" : "scriptname";
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        await connection.ExecuteAsync("DROP INDEX permits.ux_issued_permit_number");
        await connection.ExecuteAsync("DROP INDEX permits.ux_permit_type_classification");
        await connection.ExecuteAsync("UPDATE permits.permit_type SET classification_code = '503', version = version - 1 WHERE code IN ('REKLAME', 'KERAMAIAN', 'SIP', 'IUMK')");
        await connection.ExecuteAsync($"DELETE FROM permits.schema_versions WHERE {journalColumn} = @script", new { script = Migration0003 });
        Assert.That(await AppliedScriptsAsync(services), Does.Not.Contain(Migration0003));
    }

    private static async Task<IReadOnlyList<string>> AppliedScriptsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().GetAppliedScriptsAsync(PermitsModule.Schema);
    }

    private static async Task<T> ScalarAsync<T>(IServiceProvider services, string sql, object? parameters = null)
    {
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    private static async Task<IReadOnlyList<SeededType>> SeededTypesAsync(IServiceProvider services)
    {
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenConnectionAsync();
        return (await connection.QueryAsync<SeededType>("""
            SELECT code AS Code, name_id AS NameId, classification_code AS ClassificationCode, opd_code AS OpdCode, validity_months AS ValidityMonths
            FROM permits.permit_type
            WHERE code IN ('PBG', 'REKLAME', 'KERAMAIAN', 'SIP', 'IUMK')
            ORDER BY sort_order
            """)).ToList();
    }

    /// <summary>What the lifecycle hands over when it issues an application of <paramref name="type"/>.</summary>
    private static PermitToIssue PermitOf(SeededType type) => new(
        Guid.CreateVersion7(), type.Code, type.NameId, type.ClassificationCode, type.OpdCode, "Siti Rahmawati", "6474014107900001", null, "partner-app", type.ValidityMonths);

    private sealed class SeededType
    {
        public required string Code { get; init; }

        public required string NameId { get; init; }

        public required string ClassificationCode { get; init; }

        public required string OpdCode { get; init; }

        public int? ValidityMonths { get; init; }
    }
}

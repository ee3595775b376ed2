using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.Tests.Harness;
using GovServices.Testing.Databases;

namespace GovServices.CivilRegistry.Tests;

/// <summary>When the access trail cannot be written, the caller gets an error and no data.</summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class FailClosedAuditTests(DatabaseProvider provider) : CivilRegistryFixture(provider)
{
    private const string SitiNik = "6474015203850001";

    [OneTimeSetUp]
    public async Task SeedAsync() => await Registry.SeedAsync(Residents.Siti(SitiNik));

    [SetUp]
    public Task HideTheAccessTrailAsync() => RenameAsync("access_log", "access_log_hidden");

    [TearDown]
    public Task RestoreTheAccessTrailAsync() => RenameAsync("access_log_hidden", "access_log");

    [Test]
    public void A_verification_whose_record_cannot_be_written_answers_nothing()
    {
        Registry.Actor.PartnerApp();
        object? answer = null;

        Assert.That(
            async () => answer = await Registry.SendAsync<object>(new VerifyResident.VerifyResidentQuery(SitiNik, "public-service", FullName: "Siti Aminah")),
            Throws.InstanceOf<Exception>());
        Assert.That(answer, Is.Null);
    }

    [Test]
    public void A_lookup_whose_record_cannot_be_written_answers_nothing()
    {
        Registry.Actor.Officer("DISDUKCAPIL");
        object? answer = null;

        Assert.That(
            async () => answer = await Registry.SendAsync<object>(new LookupResident.LookupResidentQuery(SitiNik, "population-administration")),
            Throws.InstanceOf<Exception>());
        Assert.That(answer, Is.Null);
    }

    [Test]
    public async Task Every_concurrent_call_whose_records_cannot_be_written_answers_nothing_and_the_trail_recovers()
    {
        Registry.Actor.PartnerApp();
        var calls = Enumerable.Range(0, 16)
            .Select(_ => Task.Run(() => Registry.SendAsync<object>(new VerifyResident.VerifyResidentQuery(SitiNik, "public-service", FullName: "Siti Aminah"))))
            .ToList();
        foreach (var call in calls)
            Assert.That(async () => await call, Throws.InstanceOf<Exception>());

        await RestoreTheAccessTrailAsync();
        try
        {
            var answer = await Registry.SendAsync<BuildingBlocks.Application.Result<Contracts.ResidentVerification>>(
                new VerifyResident.VerifyResidentQuery(SitiNik, "public-service", FullName: "Siti Aminah"));
            Assert.That(answer.Value.Found, Is.True, "the writer survives a failed commit");
        }
        finally
        {
            await HideTheAccessTrailAsync();
        }
    }

    private async Task RenameAsync(string from, string to)
    {
        await using var connection = await Registry.Connections.OpenConnectionAsync();
        var sql = Provider == DatabaseProvider.SqlServer
            ? $"EXEC sp_rename 'civil_registry.{from}', '{to}'"
            : $"ALTER TABLE civil_registry.{from} RENAME TO {to}";
        await connection.ExecuteAsync(sql);
    }
}

using System.Text.Json;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.Contracts;
using GovServices.CivilRegistry.Tests.Harness;
using GovServices.CivilRegistry.VerifyResident;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.CivilRegistry.Tests;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class VerificationTests(DatabaseProvider provider) : CivilRegistryFixture(provider)
{
    private const string SitiNik = "6474015203850001";

    [OneTimeSetUp]
    public async Task SeedSitiAsync() => await Registry.SeedAsync(Residents.Siti(SitiNik));

    [SetUp]
    public void ActAsPartnerApp() => Registry.Actor.PartnerApp();

    private Task<Result<ResidentVerification>> VerifyAsync(VerifyResident.VerifyResidentQuery command) =>
        Registry.SendAsync<Result<ResidentVerification>>(command);

    [Test]
    public async Task Every_given_field_that_agrees_is_a_match()
    {
        var result = await VerifyAsync(new(SitiNik, "social-assistance", "Hj. Siti Aminah, S.Pd.", new DateOnly(1985, 3, 12), "SAMARINDA", Sex.Female, "Bontang Kuala"));

        Assert.That(result.Value, Is.EqualTo(new ResidentVerification(true, FieldMatch.Match, 1.0, FieldMatch.Match, FieldMatch.Match, FieldMatch.Match, FieldMatch.Match)));
    }

    [Test]
    public async Task Each_field_that_disagrees_is_a_mismatch_and_the_others_still_match()
    {
        var wrongName = await VerifyAsync(new(SitiNik, "public-service", FullName: "Siti Aminh"));
        var wrongDate = await VerifyAsync(new(SitiNik, "public-service", BirthDate: new DateOnly(1985, 3, 13)));
        var wrongPlace = await VerifyAsync(new(SitiNik, "public-service", BirthPlace: "Balikpapan"));
        var wrongSex = await VerifyAsync(new(SitiNik, "public-service", Sex: Sex.Male));
        var wrongKelurahan = await VerifyAsync(new(SitiNik, "public-service", Kelurahan: "Lok Tuan"));
        var rightKelurahanCode = await VerifyAsync(new(SitiNik, "public-service", Kelurahan: "64.74.01.1001"));

        Assert.Multiple(() =>
        {
            Assert.That(wrongName.Value.FullName, Is.EqualTo(FieldMatch.Mismatch));
            Assert.That(wrongName.Value.NameSimilarity, Is.InRange(0.85, 0.99));
            Assert.That(wrongName.Value.BirthDate, Is.Null, "a field not given is not answered");
            Assert.That(wrongDate.Value.BirthDate, Is.EqualTo(FieldMatch.Mismatch));
            Assert.That(wrongPlace.Value.BirthPlace, Is.EqualTo(FieldMatch.Mismatch));
            Assert.That(wrongSex.Value.Sex, Is.EqualTo(FieldMatch.Mismatch));
            Assert.That(wrongKelurahan.Value.Kelurahan, Is.EqualTo(FieldMatch.Mismatch));
            Assert.That(rightKelurahanCode.Value.Kelurahan, Is.EqualTo(FieldMatch.Match));
        });
    }

    [Test]
    public async Task An_unknown_NIK_is_not_found_and_nothing_else_is_said()
    {
        var result = await VerifyAsync(new("6474011203850009", "public-service", FullName: "Siti Aminah"));

        Assert.That(result.Value, Is.EqualTo(new ResidentVerification(false)));
    }

    [Test]
    public async Task The_answer_never_carries_a_stored_value()
    {
        var result = await VerifyAsync(new(SitiNik, "public-service", "Siti", new DateOnly(2000, 1, 1), "Bontang", Sex.Male, "Guntung"));

        var json = JsonSerializer.Serialize(result.Value);
        Assert.That(json, Does.Not.Contain("Aminah").And.Not.Contain("Samarinda").And.Not.Contain("1985").And.Not.Contain("Bontang Kuala"));
    }

    [Test]
    public async Task A_malformed_NIK_is_a_validation_error_that_names_the_part()
    {
        var result = await VerifyAsync(new("6474017203850001", "public-service"));

        Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.Validation));
        Assert.That(result.Error.FieldErrors!["nik"], Has.One.Contains("Digits 7–12"));
    }

    [Test]
    public async Task A_purpose_outside_the_configured_list_is_refused()
    {
        var unknown = await VerifyAsync(new(SitiNik, "curiosity"));
        var missing = await VerifyAsync(new(SitiNik, ""));

        Assert.Multiple(() =>
        {
            Assert.That(unknown.Error!.FieldErrors!["purpose"], Has.One.Contains("social-assistance"));
            Assert.That(missing.Error!.FieldErrors!.ContainsKey("purpose"), Is.True);
        });
    }

    [Test]
    public async Task Every_verification_is_on_record_with_client_purpose_and_result()
    {
        Registry.Actor.PartnerApp("bpjs-bridge");

        await VerifyAsync(new(SitiNik, "health-service", FullName: "Siti Aminah"));
        await VerifyAsync(new(SitiNik, "health-service", FullName: "Someone Else"));

        await using var connection = await Registry.Connections.OpenConnectionAsync();
        var results = (await connection.QueryAsync<string>(
            "SELECT result FROM civil_registry.access_log WHERE client_id = @client_id AND nik = @nik AND action = @action AND purpose = @purpose ORDER BY occurred_at, id",
            new { client_id = "bpjs-bridge", nik = SitiNik, action = "Verification", purpose = "health-service" })).ToList();
        // Both were recorded at the same (fake) instant, so their order is not defined: only that both are there.
        Assert.That(results, Is.EquivalentTo(new[] { "Matched", "Mismatched" }));
    }

    [Test]
    public async Task Concurrent_verifications_are_each_answered_and_each_leave_exactly_one_record()
    {
        // The trail commits the records of concurrent calls together (ADR 0026): none may be lost or doubled.
        Registry.Actor.PartnerApp("concurrent-sign-ups");
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ =>
            Task.Run(() => VerifyAsync(new(SitiNik, "public-service", FullName: "Siti Aminah")))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(result => result.Value.FullName), Is.All.EqualTo(FieldMatch.Match));
            Assert.That(await Registry.ScalarAsync<long>("SELECT COUNT(*) FROM civil_registry.access_log WHERE client_id = @client_id", new { client_id = "concurrent-sign-ups" }), Is.EqualTo(64));
            Assert.That(await Registry.ScalarAsync<long>("SELECT COUNT(DISTINCT id) FROM civil_registry.access_log WHERE client_id = @client_id", new { client_id = "concurrent-sign-ups" }), Is.EqualTo(64));
        }
    }

    [Test]
    public async Task Other_modules_verify_through_the_contract_with_the_same_answers_and_record()
    {
        Registry.Actor.PartnerApp("permits-module-test");
        await using var scope = Registry.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<IResidentVerifier>();

        var match = await verifier.VerifyAsync(new ResidentVerificationRequest(SitiNik, "public-service", FullName: "siti aminah", BirthDate: new DateOnly(1985, 3, 12)));
        var malformed = await verifier.VerifyAsync(new ResidentVerificationRequest("12345", "public-service"));

        Assert.Multiple(async () =>
        {
            Assert.That(match.Value.FullName, Is.EqualTo(FieldMatch.Match));
            Assert.That(match.Value.BirthDate, Is.EqualTo(FieldMatch.Match));
            Assert.That(malformed.Error!.FieldErrors!["nik"], Has.One.Contains("16"));
            Assert.That(await Registry.ScalarAsync<long>("SELECT COUNT(*) FROM civil_registry.access_log WHERE client_id = @client_id", new { client_id = "permits-module-test" }), Is.EqualTo(1));
        });
    }
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.Domain;
using GovServices.CivilRegistry.LookupResident;
using GovServices.CivilRegistry.Tests.Harness;
using GovServices.Testing.Databases;

namespace GovServices.CivilRegistry.Tests;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class LookupTests(DatabaseProvider provider) : CivilRegistryFixture(provider)
{
    private const string SitiNik = "6474015203850001";
    private const string DeceasedNik = "6474015203850003";

    [OneTimeSetUp]
    public async Task SeedAsync() => await Registry.SeedAsync(Residents.Siti(SitiNik), Residents.Siti(DeceasedNik, ResidentStatus.Deceased));

    private Task<Result<ResidentRecordView?>> LookupAsync(string nik, string purpose = "population-administration") =>
        Registry.SendAsync<Result<ResidentRecordView?>>(new LookupResident.LookupResidentQuery(nik, purpose));

    [Test]
    public async Task A_partner_app_sees_the_record_masked()
    {
        Registry.Actor.PartnerApp();

        var record = (await LookupAsync(SitiNik, "social-assistance")).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(record.Masked, Is.True);
            Assert.That(record.Nik, Is.EqualTo("647401********01"));
            Assert.That(record.Kk, Is.EqualTo("647401********01"));
            Assert.That(record.BirthDate, Is.EqualTo("1985-**-**"));
            Assert.That(record.Address.Street, Is.EqualTo("***"));
            Assert.That(record.Address.Rt, Is.EqualTo("***"));
            Assert.That(record.Address.Rw, Is.EqualTo("***"));
            Assert.That(record.FullName, Is.EqualTo("Siti Aminah"));
            Assert.That(record.Address.Kecamatan, Is.EqualTo("Bontang Utara"));
        });
    }

    [Test]
    public async Task An_officer_of_an_OPD_not_allowed_by_configuration_sees_it_masked()
    {
        Registry.Actor.Officer("DINKES");

        var record = (await LookupAsync(SitiNik, "health-service")).Value!;

        Assert.That(record.Masked, Is.True);
        Assert.That(record.Nik, Does.Contain("*"));
    }

    [Test]
    public async Task An_officer_of_the_civil_registry_office_sees_it_unmasked()
    {
        Registry.Actor.Officer("DISDUKCAPIL");

        var record = (await LookupAsync(SitiNik)).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(record.Masked, Is.False);
            Assert.That(record.Nik, Is.EqualTo(SitiNik));
            Assert.That(record.Kk, Is.EqualTo("6474010101100001"));
            Assert.That(record.BirthDate, Is.EqualTo("1985-03-12"));
            Assert.That(record.Address.Street, Is.EqualTo("Jl. Pattimura No. 7"));
        });
    }

    [Test]
    public async Task The_OPD_claim_alone_does_not_unmask_without_the_officer_role()
    {
        Registry.Actor.Become("opd-portal", "someone", opd: "DISDUKCAPIL");

        Assert.That((await LookupAsync(SitiNik)).Value!.Masked, Is.True);
    }

    [Test]
    public async Task A_deceased_resident_is_shown_as_deceased_even_masked()
    {
        Registry.Actor.PartnerApp();

        Assert.That((await LookupAsync(DeceasedNik)).Value!.Status, Is.EqualTo("Deceased"));
    }

    [Test]
    public async Task An_unknown_NIK_is_not_found_and_the_attempt_is_on_record()
    {
        Registry.Actor.PartnerApp("lookup-not-found-test");

        var result = await LookupAsync("6474011203850077");

        Assert.That(result.IsSuccess && result.Value is null, Is.True, "not found: no record, and no error that would roll the trail back");
        Assert.That(
            await Registry.ScalarAsync<string>("SELECT result FROM civil_registry.access_log WHERE client_id = @client_id", new { client_id = "lookup-not-found-test" }),
            Is.EqualTo("NotFound"));
    }

    [Test]
    public async Task A_lookup_without_a_configured_purpose_is_refused_and_reveals_nothing()
    {
        Registry.Actor.Officer("DISDUKCAPIL", clientId: "no-purpose-test");

        var missing = await LookupAsync(SitiNik, "");
        var unknown = await LookupAsync(SitiNik, "marketing");

        Assert.Multiple(async () =>
        {
            Assert.That(missing.Error!.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(unknown.Error!.FieldErrors!["purpose"], Is.Not.Empty);
            Assert.That(await Registry.ScalarAsync<long>("SELECT COUNT(*) FROM civil_registry.access_log WHERE client_id = @client_id", new { client_id = "no-purpose-test" }), Is.Zero);
        });
    }

    [Test]
    public async Task A_lookup_is_on_record_with_whether_it_was_masked()
    {
        Registry.Actor.Officer("DISDUKCAPIL", userId: "officer-77", clientId: "lookup-record-test");

        await LookupAsync(SitiNik, "law-enforcement");

        Assert.That(
            await Registry.ScalarAsync<string>(
                "SELECT result FROM civil_registry.access_log WHERE client_id = @client_id AND user_id = @user_id AND user_opd = @user_opd AND purpose = @purpose AND action = @action",
                new { client_id = "lookup-record-test", user_id = "officer-77", user_opd = "DISDUKCAPIL", purpose = "law-enforcement", action = "Lookup" }),
            Is.EqualTo("DisclosedUnmasked"));
    }
}

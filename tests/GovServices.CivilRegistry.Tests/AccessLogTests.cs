using System.Globalization;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.CivilRegistry.SearchAccessLog;
using GovServices.CivilRegistry.Tests.Harness;
using GovServices.CivilRegistry.ViewMyAccessLog;
using GovServices.Testing.Databases;

namespace GovServices.CivilRegistry.Tests;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class AccessLogTests(DatabaseProvider provider) : CivilRegistryFixture(provider)
{
    private const string SitiNik = "6474015203850001";
    private const string BudiNik = "6474020107900001";

    [OneTimeSetUp]
    public async Task SeedAndAccessAsync()
    {
        await Registry.SeedAsync(Residents.Siti(SitiNik), Residents.Budi());

        Registry.Actor.PartnerApp("bpjs-bridge");
        await Registry.SendAsync<object>(new VerifyResident.VerifyResidentQuery(SitiNik, "health-service", FullName: "Siti Aminah"));
        Registry.Clock.Advance(TimeSpan.FromMinutes(1));
        Registry.Actor.Officer("DINSOS", userId: "officer-dinsos", clientId: "opd-portal");
        await Registry.SendAsync<object>(new LookupResident.LookupResidentQuery(SitiNik, "social-assistance"));
        Registry.Clock.Advance(TimeSpan.FromMinutes(1));
        await Registry.SendAsync<object>(new LookupResident.LookupResidentQuery(BudiNik, "social-assistance"));
        Registry.Clock.Advance(TimeSpan.FromMinutes(1));
    }

    [Test]
    public async Task A_citizen_sees_who_looked_them_up_when_and_why_and_nobody_else()
    {
        Registry.Actor.Citizen(SitiNik);

        var page = (await Registry.SendAsync<Result<CursorPage<MyAccessLogEntry>>>(new ViewMyAccessLog.ViewMyAccessLogQuery())).Value;

        Assert.That(page.Items.Select(entry => (entry.Institution, entry.Opd, entry.Action, entry.Purpose, entry.Result)), Is.EqualTo(new[]
        {
            ("opd-portal", "DINSOS", "Lookup", "social-assistance", "DisclosedMasked"),
            ("bpjs-bridge", (string?)null, "Verification", "health-service", "Matched"),
        }));
        Assert.Multiple(() =>
        {
            Assert.That(page.Items[0].OccurredAt, Is.EqualTo(CivilRegistryHarness.Now.AddMinutes(1)));
            Assert.That(page.Items[0].LegalBasis, Does.Contain("UU 13/2011"));
        });
    }

    [Test]
    public async Task Someone_without_a_NIK_in_their_token_has_no_own_access_trail()
    {
        Registry.Actor.Officer("DINSOS");

        var result = await Registry.SendAsync<Result<CursorPage<MyAccessLogEntry>>>(new ViewMyAccessLog.ViewMyAccessLogQuery());

        Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.Forbidden));
    }

    [Test]
    public async Task Without_a_NIK_the_own_trail_is_403_even_with_a_cursor_it_never_issued()
    {
        Registry.Actor.Officer("DINSOS");

        var result = await Registry.SendAsync<Result<CursorPage<MyAccessLogEntry>>>(new ViewMyAccessLog.ViewMyAccessLogQuery(Cursor: PageRequest.Encode("not-a-position")));

        Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.Forbidden));
    }

    [Test]
    public async Task Without_a_NIK_a_bad_limit_or_an_unreadable_cursor_is_still_a_400_first()
    {
        Registry.Actor.Officer("DINSOS");

        var badLimit = await Registry.SendAsync<Result<CursorPage<MyAccessLogEntry>>>(new ViewMyAccessLog.ViewMyAccessLogQuery(Limit: 0));
        var unreadable = await Registry.SendAsync<Result<CursorPage<MyAccessLogEntry>>>(new ViewMyAccessLog.ViewMyAccessLogQuery(Cursor: "!!"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(badLimit.Error!.FieldErrors!.Keys, Is.EquivalentTo(new[] { "limit" }));
            Assert.That(unreadable.Error!.FieldErrors!.Keys, Is.EquivalentTo(new[] { "cursor" }));
        }
    }

    [Test]
    public async Task An_auditor_with_a_cursor_the_trail_never_issued_gets_a_400_in_their_language()
    {
        Registry.Actor.Auditor();
        var cursor = PageRequest.Encode("not-a-position");

        var before = CultureInfo.CurrentUICulture;
        Result<CursorPage<AccessLogEntry>> english, indonesian;
        try
        {
            Bilingual.Use(Bilingual.English);
            english = await Registry.SendAsync<Result<CursorPage<AccessLogEntry>>>(new SearchAccessLog.SearchAccessLogQuery(Cursor: cursor));
            Bilingual.Use(Bilingual.Indonesian);
            indonesian = await Registry.SendAsync<Result<CursorPage<AccessLogEntry>>>(new SearchAccessLog.SearchAccessLogQuery(Cursor: cursor));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(english.Error!.FieldErrors!["cursor"], Is.EqualTo(new[] { "The cursor is not one this API issued." }));
            Assert.That(indonesian.Error!.FieldErrors!["cursor"], Is.EqualTo(new[] { "Kursor ini tidak diterbitkan oleh API ini." }));
        }
    }

    [Test]
    public async Task A_citizen_with_a_cursor_their_trail_never_issued_gets_a_400_on_the_cursor()
    {
        Registry.Actor.Citizen(SitiNik);

        var result = await Registry.SendAsync<Result<CursorPage<MyAccessLogEntry>>>(new ViewMyAccessLog.ViewMyAccessLogQuery(Cursor: PageRequest.Encode("not-a-position")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error.FieldErrors!.Keys, Is.EquivalentTo(new[] { "cursor" }));
        }
    }

    [Test]
    public async Task An_auditor_pages_through_the_trail_newest_first_with_NIKs_masked()
    {
        Registry.Actor.Auditor();

        var first = (await Registry.SendAsync<Result<CursorPage<AccessLogEntry>>>(new SearchAccessLog.SearchAccessLogQuery(2))).Value;
        var second = (await Registry.SendAsync<Result<CursorPage<AccessLogEntry>>>(
            new SearchAccessLog.SearchAccessLogQuery(2, first.NextCursor))).Value;

        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Select(entry => entry.Nik), Is.EqualTo(new[] { "647402********01", "647401********01" }));
            Assert.That(first.NextCursor, Is.Not.Null);
            Assert.That(second.Items.Select(entry => entry.Action), Is.EqualTo(new[] { "Verification" }));
            Assert.That(second.NextCursor, Is.Null);
        });
    }

    [Test]
    public async Task An_auditor_filters_by_NIK_client_purpose_and_time()
    {
        Registry.Actor.Auditor();

        async Task<int> CountAsync(SearchAccessLog.SearchAccessLogQuery query) =>
            (await Registry.SendAsync<Result<CursorPage<AccessLogEntry>>>(query)).Value.Items.Count;

        Assert.Multiple(async () =>
        {
            Assert.That(await CountAsync(new(Nik: SitiNik)), Is.EqualTo(2));
            Assert.That(await CountAsync(new(ClientId: "opd-portal")), Is.EqualTo(2));
            Assert.That(await CountAsync(new(Purpose: "health-service")), Is.EqualTo(1));
            Assert.That(await CountAsync(new(From: CivilRegistryHarness.Now.AddMinutes(1), Until: CivilRegistryHarness.Now.AddMinutes(2))), Is.EqualTo(1));
        });
    }
}

using System.Diagnostics;
using GovServices.CivilRegistry.Contracts;
using GovServices.CivilRegistry.Synthetic;

namespace GovServices.CivilRegistry.Tests;

public sealed class SyntheticResidentGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    [Test]
    public void The_same_seed_gives_the_same_residents_and_another_seed_others()
    {
        var first = new SyntheticResidentGenerator(7, Today).Generate(500).Select(Synthetic.ResidentCsvWriter.Line).ToList();
        var again = new SyntheticResidentGenerator(7, Today).Generate(500).Select(Synthetic.ResidentCsvWriter.Line).ToList();
        var other = new SyntheticResidentGenerator(8, Today).Generate(500).Select(Synthetic.ResidentCsvWriter.Line).ToList();

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
    }

    [Test]
    public void Every_resident_has_a_unique_valid_NIK_of_a_Bontang_district_agreeing_with_birth_date_and_sex()
    {
        var residents = new SyntheticResidentGenerator(1, Today).Generate(20_000).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(residents.Select(resident => resident.Nik).Distinct().Count(), Is.EqualTo(residents.Count));
            foreach (var resident in residents)
            {
                Assert.That(Nik.TryParse(resident.Nik, resident.BirthDate, resident.Sex, out var nik, out var error), Is.True, () => $"{resident.Nik}: {error?.Message}");
                Assert.That(nik.RegionCode, Is.EqualTo(resident.KecamatanCode));
                Assert.That(resident.KelurahanCode, Does.StartWith(resident.KecamatanCode + "."));
                Assert.That(resident.BirthDate, Is.LessThanOrEqualTo(Today));
            }
        });
    }

    [Test]
    public void A_household_shares_its_KK_address_and_religion_and_children_are_younger_than_their_parents()
    {
        var households = new SyntheticResidentGenerator(3, Today).Generate(5_000).GroupBy(resident => resident.Kk).ToList();

        Assert.That(households.Average(household => household.Count()), Is.InRange(2.0, 5.0));
        Assert.Multiple(() =>
        {
            foreach (var household in households)
            {
                var members = household.ToList();
                Assert.That(members.Select(member => (member.Street, member.Rt, member.Rw, member.KelurahanCode, member.Religion)).Distinct().Count(), Is.EqualTo(1), household.Key);
                var oldestParent = members.Where(member => member.MaritalStatus != "Belum Kawin" || member == members[0]).Min(member => member.BirthDate);
                Assert.That(members.Where(member => member != members[0] && member.MaritalStatus == "Belum Kawin").All(child => child.BirthDate > oldestParent.AddYears(15)), Is.True, household.Key);
            }
        });
    }

    [Test]
    public void A_million_residents_stream_out_in_seconds()
    {
        var stopwatch = Stopwatch.StartNew();

        var count = new SyntheticResidentGenerator(42, Today).Generate(1_000_000).Count();

        TestContext.Progress.WriteLine($"Generated {count:N0} synthetic residents in {stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.That(count, Is.EqualTo(1_000_000));
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }
}

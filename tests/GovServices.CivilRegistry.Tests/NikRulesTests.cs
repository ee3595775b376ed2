using GovServices.CivilRegistry.Contracts;

namespace GovServices.CivilRegistry.Tests;

/// <summary>The NIK rules of issue 5: 16 digits, region, birth date DDMMYY (+40 for women), serial not 0000.</summary>
public sealed class NikRulesTests
{
    [TestCase("6474011203850001", Sex.Male, 12, TestName = "A man of Bontang Utara born 12-03-85 is valid")]
    [TestCase("6474015203850002", Sex.Female, 12, TestName = "A woman's day has 40 added: 52 is the 12th")]
    [TestCase("3174011203850001", Sex.Male, 12, TestName = "A region we do not ship but of valid shape (Jakarta) is valid")]
    [TestCase("6474017103000001", Sex.Female, 31, TestName = "The 31st for a woman is 71")]
    [TestCase("6474012902000001", Sex.Male, 29, TestName = "29 February exists in year 00")]
    public void A_valid_NIK_tells_sex_and_birth_day(string text, Sex sex, int day)
    {
        Assert.That(Nik.TryParse(text, out var nik, out var error), Is.True, () => error!.Message);
        Assert.Multiple(() =>
        {
            Assert.That(nik.Sex, Is.EqualTo(sex));
            Assert.That(nik.BirthDay, Is.EqualTo(day));
            Assert.That(nik.ToString(), Is.EqualTo(text));
        });
    }

    [TestCase("647401120385001", NikPart.Length, "nik_length", TestName = "Fifteen digits: wrong length")]
    [TestCase("64740112038500011", NikPart.Length, "nik_length", TestName = "Seventeen digits: wrong length")]
    [TestCase("", NikPart.Length, "nik_length", TestName = "Empty: wrong length")]
    [TestCase("64740112038500A1", NikPart.Digits, "nik_digits", TestName = "A letter: digits only")]
    [TestCase("6474 11203850001", NikPart.Digits, "nik_digits", TestName = "A space: digits only")]
    [TestCase("6474013203850001", NikPart.BirthDate, "nik_birth_date", TestName = "Day 32 is no day")]
    [TestCase("6474017203850001", NikPart.BirthDate, "nik_birth_date", TestName = "Day 72 is a woman's 32nd: no day")]
    [TestCase("6474010003850001", NikPart.BirthDate, "nik_birth_date", TestName = "Day 00 is no day")]
    [TestCase("6474011213850001", NikPart.BirthDate, "nik_birth_date", TestName = "Month 13 is no month")]
    [TestCase("6474013002850001", NikPart.BirthDate, "nik_birth_date", TestName = "30 February is no date")]
    [TestCase("6474011203850000", NikPart.Serial, "nik_serial", TestName = "Serial 0000 is never issued")]
    [TestCase("0074011203850001", NikPart.Region, "nik_region", TestName = "Province 00 is no region")]
    [TestCase("6474001203850001", NikPart.Region, "nik_region", TestName = "District 00 is no region")]
    [TestCase("6499011203850001", NikPart.Region, "nik_region", TestName = "Regency 99 is not in Kalimantan Timur")]
    [TestCase("6474091203850001", NikPart.Region, "nik_region", TestName = "District 09 is not in Kota Bontang")]
    public void An_invalid_NIK_names_the_part_that_is_wrong(string text, NikPart part, string code)
    {
        Assert.That(Nik.TryParse(text, out _, out var error), Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Part, Is.EqualTo(part));
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.Message, Is.Not.Empty);
        });
    }

    [Test]
    public void A_NIK_must_encode_the_known_birth_date()
    {
        Assert.That(Nik.TryParse("6474011203850001", new DateOnly(1985, 3, 12), Sex.Male, out _, out _), Is.True);
        Assert.That(Nik.TryParse("6474011203850001", new DateOnly(1985, 3, 13), Sex.Male, out _, out var wrongDay), Is.False);
        Assert.That(Nik.TryParse("6474011203850001", new DateOnly(1995, 3, 12), null, out _, out var wrongYear), Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(wrongDay!.Code, Is.EqualTo("nik_birth_date_mismatch"));
            Assert.That(wrongYear!.Code, Is.EqualTo("nik_birth_date_mismatch"));
        });
    }

    [Test]
    public void A_NIK_must_agree_with_the_known_sex()
    {
        Assert.That(Nik.TryParse("6474011203850001", null, Sex.Female, out _, out var manAsWoman), Is.False);
        Assert.That(Nik.TryParse("6474015203850002", null, Sex.Male, out _, out var womanAsMan), Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(manAsWoman!.Part, Is.EqualTo(NikPart.Sex));
            Assert.That(womanAsMan!.Part, Is.EqualTo(NikPart.Sex));
        });
    }

    [Test]
    public void Parse_throws_with_the_reason() =>
        Assert.That(() => Nik.Parse("6474011203850000"), Throws.TypeOf<FormatException>().With.Message.Contains("0000"));

    [Test]
    public void The_region_of_a_Bontang_NIK_is_known_and_a_Jakarta_one_is_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Nik.Parse("6474011203850001").RegionCode, Is.EqualTo("64.74.01"));
            Assert.That(Nik.Parse("6474011203850001").IsKnownRegion, Is.True);
            Assert.That(Nik.Parse("3174011203850001").IsKnownRegion, Is.False);
        });
    }

    [Test]
    public void A_masked_NIK_keeps_the_district_and_the_last_two_digits() =>
        Assert.That(Nik.Parse("6474015203850042").ToMaskedString(), Is.EqualTo("647401********42"));

    [Test]
    public void The_shipped_regions_hold_Bontangs_three_districts_and_fifteen_kelurahan()
    {
        Assert.That(Regions.BontangDistricts.Select(district => district.Name), Is.EqualTo(new[] { "Bontang Utara", "Bontang Selatan", "Bontang Barat" }));
        Assert.That(Regions.All.Count(region => region.Level == RegionLevel.Village && region.Code.StartsWith("64.74.", StringComparison.Ordinal)), Is.EqualTo(15));
    }
}

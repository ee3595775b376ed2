using System.Globalization;
using Bogus;
using Bogus.DataSets;
using GovServices.CivilRegistry.Contracts;
using GovServices.CivilRegistry.Domain;

namespace GovServices.CivilRegistry.Synthetic;

/// <summary>
/// Synthetic residents of Kota Bontang for demos and benchmarks: Indonesian names (Bogus, locale id_ID), valid NIKs
/// of Bontang's districts, and households that hang together (one KK, one address and religion, a head, usually a
/// spouse of similar age, children born while their mother was 19–42). The same seed gives the same residents.
/// Residents are produced as a stream, so a million cost no more memory than the NIK serial counters.
/// </summary>
internal sealed class SyntheticResidentGenerator
{
    private static readonly (string Religion, int Weight)[] ReligionWeights =
        [("Islam", 75), ("Kristen", 12), ("Katolik", 5), ("Hindu", 2), ("Buddha", 3), ("Konghucu", 1), ("Kepercayaan", 2)];

    private static readonly string[] AdultOccupations =
    [
        "Karyawan Swasta", "Wiraswasta", "Pegawai Negeri Sipil", "Buruh Harian Lepas", "Nelayan", "Pedagang",
        "Karyawan BUMN", "Guru", "Perawat", "Sopir", "Petani/Pekebun", "Tenaga Honorer",
    ];

    private readonly int _seed;
    private readonly DateOnly _today;

    /// <param name="seed">The same seed gives the same residents.</param>
    /// <param name="today">The date ages are counted to; fixed, so that output does not drift with the calendar.</param>
    public SyntheticResidentGenerator(int seed, DateOnly today)
    {
        _seed = seed;
        _today = today;
    }

    public IEnumerable<Resident> Generate(int count)
    {
        var random = new Randomizer(_seed);
        var pools = NamePools.Create(random);
        var districts = Regions.BontangDistricts;
        var villages = districts.ToDictionary(district => district.Code, district => Regions.ChildrenOf(district.Code));
        var serials = new Dictionary<long, int>();
        var produced = 0;
        while (produced < count)
        {
            foreach (var resident in Household(random, pools, districts, villages, serials))
            {
                yield return resident;
                if (++produced == count)
                    yield break;
            }
        }
    }

    private IEnumerable<Resident> Household(
        Randomizer random,
        NamePools pools,
        IReadOnlyList<Region> districts,
        Dictionary<string, IReadOnlyList<Region>> villages,
        Dictionary<long, int> serials)
    {
        var district = random.ArrayElement(districts.ToArray());
        var village = random.ArrayElement(villages[district.Code].ToArray());
        var issued = _today.AddDays(-random.Number(0, 365 * 15));
        var kk = Number(district.Code, issued.Day, issued, serials, kkSeries: true);
        var religion = Weighted(random);
        var street = $"{random.ArrayElement(pools.Streets)} No. {random.Number(1, 150)}";
        var rt = random.Number(1, 40).ToString("000", CultureInfo.InvariantCulture);
        var rw = random.Number(1, 15).ToString("000", CultureInfo.InvariantCulture);
        var familyName = random.ArrayElement(pools.LastNames);

        Resident Person(string firstName, string lastName, DateOnly birthDate, Sex sex, string maritalStatus, string? occupation) => new()
        {
            Nik = Number(district.Code, sex == Sex.Female ? birthDate.Day + 40 : birthDate.Day, birthDate, serials, kkSeries: false),
            Kk = kk,
            FullName = $"{firstName} {lastName}",
            BirthPlace = random.Bool(0.6f) ? "Bontang" : random.ArrayElement(pools.Cities),
            BirthDate = birthDate,
            Sex = sex,
            Religion = religion,
            MaritalStatus = maritalStatus,
            Occupation = occupation,
            Street = street,
            Rt = rt,
            Rw = rw,
            KelurahanCode = village.Code,
            Kelurahan = village.Name,
            KecamatanCode = district.Code,
            Kecamatan = district.Name,
            Status = random.Number(99) switch { < 97 => ResidentStatus.Active, 97 => ResidentStatus.Moved, _ => ResidentStatus.Deceased },
        };

        var headBirth = BirthDateAtAge(random, random.Number(23, 75));
        var headSex = random.Bool(0.85f) ? Sex.Male : Sex.Female;
        var married = random.Bool(0.8f);
        yield return Person(
            random.ArrayElement(headSex == Sex.Male ? pools.MaleFirstNames : pools.FemaleFirstNames),
            familyName,
            headBirth,
            headSex,
            married ? "Kawin" : random.ArrayElement(new[] { "Belum Kawin", "Cerai Hidup", "Cerai Mati" }),
            Occupation(random, headBirth, headSex, isSpouse: false));

        if (!married)
            yield break;

        var spouseSex = headSex == Sex.Male ? Sex.Female : Sex.Male;
        var spouseBirth = Clamp(headBirth.AddYears(random.Number(-3, 10) * (headSex == Sex.Male ? 1 : -1)).AddDays(random.Number(0, 364)), 19);
        yield return Person(
            random.ArrayElement(spouseSex == Sex.Male ? pools.MaleFirstNames : pools.FemaleFirstNames),
            random.ArrayElement(pools.LastNames),
            spouseBirth,
            spouseSex,
            "Kawin",
            Occupation(random, spouseBirth, spouseSex, isSpouse: true));

        var motherBirth = headSex == Sex.Female ? headBirth : spouseBirth;
        var children = random.Number(0, 4);
        for (var child = 0; child < children; child++)
        {
            var childBirth = motherBirth.AddYears(random.Number(19, 42)).AddDays(random.Number(0, 364));
            if (childBirth > _today)
                continue;

            var childSex = random.Bool() ? Sex.Male : Sex.Female;
            yield return Person(
                random.ArrayElement(childSex == Sex.Male ? pools.MaleFirstNames : pools.FemaleFirstNames),
                familyName,
                childBirth,
                childSex,
                "Belum Kawin",
                Occupation(random, childBirth, childSex, isSpouse: false));
        }
    }

    private DateOnly BirthDateAtAge(Randomizer random, int age) => _today.AddYears(-age).AddDays(-random.Number(0, 364));

    private DateOnly Clamp(DateOnly birthDate, int minimumAge) =>
        birthDate > _today.AddYears(-minimumAge) ? _today.AddYears(-minimumAge) : birthDate;

    private string Occupation(Randomizer random, DateOnly birthDate, Sex sex, bool isSpouse)
    {
        var age = _today.Year - birthDate.Year;
        return age switch
        {
            < 5 => "Belum/Tidak Bekerja",
            < 23 => "Pelajar/Mahasiswa",
            >= 60 when random.Bool(0.6f) => "Pensiunan",
            _ when isSpouse && sex == Sex.Female && random.Bool(0.5f) => "Mengurus Rumah Tangga",
            _ => random.ArrayElement(AdultOccupations),
        };
    }

    private static string Weighted(Randomizer random)
    {
        var pick = random.Number(1, ReligionWeights.Sum(weight => weight.Weight));
        foreach (var (religion, weight) in ReligionWeights)
        {
            if ((pick -= weight) <= 0)
                return religion;
        }

        return ReligionWeights[0].Religion;
    }

    /// <summary>
    /// A NIK (or, in its own series, a KK number): the district code, DDMMYY (the day already offset for women)
    /// and the next free serial for that prefix, so numbers never repeat and the serial is never 0000.
    /// </summary>
    private static string Number(string districtCode, int encodedDay, DateOnly date, Dictionary<long, int> serials, bool kkSeries)
    {
        var prefix = string.Concat(districtCode.Replace(".", "", StringComparison.Ordinal), encodedDay.ToString("00", CultureInfo.InvariantCulture), date.ToString("MMyy", CultureInfo.InvariantCulture));
        var key = (long.Parse(prefix, CultureInfo.InvariantCulture) * 2) + (kkSeries ? 1 : 0);
        var serial = serials.GetValueOrDefault(key) + 1;
        if (serial > 9999)
            throw new InvalidOperationException("More than 9,999 synthetic people share one district and birth date.");

        serials[key] = serial;
        return prefix + serial.ToString("0000", CultureInfo.InvariantCulture);
    }

    /// <summary>Names and places drawn once from Bogus, then picked from: a million residents stay fast.</summary>
    private sealed record NamePools(string[] MaleFirstNames, string[] FemaleFirstNames, string[] LastNames, string[] Streets, string[] Cities)
    {
        private const string Locale = "id_ID";

        public static NamePools Create(Randomizer random)
        {
            var names = new Name(Locale) { Random = random };
            var addresses = new Address(Locale) { Random = random };
            return new NamePools(
                Draw(300, () => names.FirstName(Name.Gender.Male)),
                Draw(300, () => names.FirstName(Name.Gender.Female)),
                Draw(300, () => names.LastName()),
                Draw(200, () => addresses.StreetName()),
                Draw(100, () => addresses.City()));
        }

        private static string[] Draw(int count, Func<string> next) =>
            Enumerable.Range(0, count).Select(_ => next()).Distinct(StringComparer.Ordinal).ToArray();
    }
}

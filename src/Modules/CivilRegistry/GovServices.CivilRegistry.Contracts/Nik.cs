using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.CivilRegistry.Contracts;

/// <summary>
/// A Nomor Induk Kependudukan: 16 digits. Digits 1–6 are the province, regency/city and district codes of the
/// region that issued it; digits 7–12 the birth date as DDMMYY with 40 added to the day for women; digits 13–16
/// a serial that is never 0000. Personal data: log <see cref="ToMaskedString"/>, never <see cref="ToString"/>.
/// </summary>
public readonly struct Nik : IEquatable<Nik>
{
    public const int Length = 16;

    private const int WomenDayOffset = 40;

    private readonly string? _digits;

    private Nik(string digits) => _digits = digits;

    /// <summary>Province, regency/city and district, dotted like the Kemendagri codes: <c>64.74.01</c>.</summary>
    public string RegionCode => $"{Digits[..2]}.{Digits[2..4]}.{Digits[4..6]}";

    /// <summary>True when the district is one of the shipped region codes (Kalimantan Timur, Kota Bontang).</summary>
    public bool IsKnownRegion => Regions.TryFind(RegionCode, out _);

    public Sex Sex => EncodedDay > WomenDayOffset ? Sex.Female : Sex.Male;

    public int BirthDay => EncodedDay > WomenDayOffset ? EncodedDay - WomenDayOffset : EncodedDay;

    public int BirthMonth => TwoDigits(8);

    /// <summary>The last two digits of the birth year; the NIK does not say the century.</summary>
    public int BirthYearOfCentury => TwoDigits(10);

    public string Serial => Digits[12..];

    private string Digits => _digits ?? throw new InvalidOperationException("This NIK was never parsed.");

    private int EncodedDay => TwoDigits(6);

    /// <summary>Reads a NIK; <paramref name="error"/> says which part is wrong.</summary>
    public static bool TryParse(string? text, out Nik nik, [NotNullWhen(false)] out NikError? error) =>
        TryParse(text, birthDate: null, sex: null, out nik, out error);

    /// <summary>
    /// Reads a NIK and checks it against what else is known of the person: the birth date digits must equal
    /// <paramref name="birthDate"/> and the day must say the same sex as <paramref name="sex"/>.
    /// </summary>
    public static bool TryParse(string? text, DateOnly? birthDate, Sex? sex, out Nik nik, [NotNullWhen(false)] out NikError? error)
    {
        nik = default;
        error = Check(text ?? "", birthDate, sex);
        if (error is not null)
            return false;

        nik = new Nik(text!);
        return true;
    }

    /// <summary>Reads a NIK known to be valid; throws <see cref="FormatException"/> with the reason otherwise.</summary>
    public static Nik Parse(string text, DateOnly? birthDate = null, Sex? sex = null) =>
        TryParse(text, birthDate, sex, out var nik, out var error) ? nik : throw new FormatException(error.Message);

    /// <summary>The district code and the last two digits, the rest hidden: <c>647401********12</c>.</summary>
    public string ToMaskedString() => Mask(Digits);

    /// <summary>Masks any NIK-like text the same way, for logs and lists (also texts that are not valid NIKs).</summary>
    public static string Mask(string text) =>
        text.Length == Length ? string.Concat(text.AsSpan(0, 6), new string('*', 8), text.AsSpan(14)) : new string('*', text.Length);

    /// <summary>The 16 digits. Personal data.</summary>
    public override string ToString() => Digits;

    public bool Equals(Nik other) => string.Equals(_digits, other._digits, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Nik other && Equals(other);

    public override int GetHashCode() => _digits is null ? 0 : StringComparer.Ordinal.GetHashCode(_digits);

    public static bool operator ==(Nik left, Nik right) => left.Equals(right);

    public static bool operator !=(Nik left, Nik right) => !left.Equals(right);

    private int TwoDigits(int start) => ((Digits[start] - '0') * 10) + (Digits[start + 1] - '0');

    private static NikError? Check(string text, DateOnly? birthDate, Sex? sex)
    {
        if (text.Length != Length)
            return new NikError(NikPart.Length, "nik_length", Bilingual.Pick(
                $"A NIK has exactly {Length} digits; this one has {text.Length} characters.",
                $"NIK harus terdiri dari {Length} digit; yang diisi terdiri dari {text.Length} karakter."));

        if (!text.All(char.IsAsciiDigit))
            return new NikError(NikPart.Digits, "nik_digits", Bilingual.Pick("A NIK holds only the digits 0–9.", "NIK hanya boleh berisi angka 0–9."));

        return CheckRegion(text) ?? CheckBirthDate(text, birthDate, sex) ?? CheckSerial(text);
    }

    private static NikError? CheckRegion(string text)
    {
        var province = text[..2];
        var regency = $"{province}.{text[2..4]}";
        var district = $"{regency}.{text[4..6]}";
        if (province is "00" || text[2..4] is "00" || text[4..6] is "00")
            return new NikError(NikPart.Region, "nik_region", Bilingual.Pick(
                $"Digits 1–6 ({district}) are not a region code: no part of it may be 00.",
                $"Digit 1–6 ({district}) bukan kode wilayah: tidak satu pun bagiannya boleh 00."));

        // The shipped list is complete for Kalimantan Timur's regencies and Bontang's districts: there, an
        // unlisted code is an error. Elsewhere we only know the shape.
        if (Regions.TryFind(province, out _) && !Regions.TryFind(regency, out _))
            return new NikError(NikPart.Region, "nik_region", Bilingual.Pick(
                $"Digits 1–4 ({regency}) are not a regency or city of {ProvinceName(province)}.",
                $"Digit 1–4 ({regency}) bukan kode kabupaten atau kota di {ProvinceName(province)}."));

        if (regency == Regions.BontangCode && !Regions.TryFind(district, out _))
            return new NikError(NikPart.Region, "nik_region", Bilingual.Pick(
                $"Digits 1–6 ({district}) are not a district of Kota Bontang.",
                $"Digit 1–6 ({district}) bukan kode kecamatan di Kota Bontang."));

        return null;
    }

    private static string ProvinceName(string code) => Regions.All.First(region => region.Code == code).Name;

    private static NikError? CheckBirthDate(string text, DateOnly? birthDate, Sex? sex)
    {
        var encodedDay = int.Parse(text.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture);
        var yearOfCentury = int.Parse(text.AsSpan(10, 2), CultureInfo.InvariantCulture);
        var female = encodedDay > WomenDayOffset;
        var day = female ? encodedDay - WomenDayOffset : encodedDay;

        // The century is not encoded: the date must exist in the 1900s or the 2000s (29 February of year 00 does).
        if (month is < 1 or > 12 || day < 1 || day > Math.Max(DateTime.DaysInMonth(1900 + yearOfCentury, month), DateTime.DaysInMonth(2000 + yearOfCentury, month)))
        {
            return new NikError(
                NikPart.BirthDate,
                "nik_birth_date",
                Bilingual.Pick(
                    $"Digits 7–12 ({text[6..12]}) are not a birth date DDMMYY (women add 40 to the day).",
                    $"Digit 7–12 ({text[6..12]}) bukan tanggal lahir berformat DDMMYY (untuk perempuan, tanggalnya ditambah 40)."));
        }

        if (birthDate is { } known && (known.Day != day || known.Month != month || known.Year % 100 != yearOfCentury))
        {
            return new NikError(
                NikPart.BirthDate,
                "nik_birth_date_mismatch",
                Bilingual.Pick(
                    $"Digits 7–12 ({text[6..12]}) do not encode the birth date {known:yyyy-MM-dd}.",
                    $"Digit 7–12 ({text[6..12]}) tidak sesuai dengan tanggal lahir {known:yyyy-MM-dd}."));
        }

        if (sex is { } knownSex && (knownSex == Sex.Female) != female)
        {
            return new NikError(
                NikPart.Sex,
                "nik_sex_mismatch",
                knownSex == Sex.Female
                    ? Bilingual.Pick(
                        $"Digits 7–8 ({text[6..8]}) are a man's birth day; a woman's day has 40 added.",
                        $"Digit 7–8 ({text[6..8]}) adalah tanggal lahir laki-laki; untuk perempuan, tanggalnya ditambah 40.")
                    : Bilingual.Pick(
                        $"Digits 7–8 ({text[6..8]}) are a woman's birth day (40 added); a man's is the plain day.",
                        $"Digit 7–8 ({text[6..8]}) adalah tanggal lahir perempuan (ditambah 40); untuk laki-laki, tanggalnya ditulis apa adanya."));
        }

        return null;
    }

    private static NikError? CheckSerial(string text) =>
        text.EndsWith("0000", StringComparison.Ordinal)
            ? new NikError(NikPart.Serial, "nik_serial", Bilingual.Pick("Digits 13–16 are a serial number, which is never 0000.", "Digit 13–16 adalah nomor urut dan tidak boleh 0000."))
            : null;
}

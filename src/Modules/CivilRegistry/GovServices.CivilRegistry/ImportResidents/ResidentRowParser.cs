using System.Globalization;
using GovServices.BuildingBlocks.Localisation;
using GovServices.CivilRegistry.Contracts;
using GovServices.CivilRegistry.Domain;
using Sylvan.Data.Csv;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// Turns one CSV row into a <see cref="Resident"/>, or into the list of what is wrong with it, field by field.
/// A row with any error is not imported at all.
/// </summary>
internal sealed class ResidentRowParser(ResidentCsvColumns columns, DateOnly today)
{
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public Resident? Parse(CsvDataReader csv, long row, List<ImportError> errors)
    {
        if (csv.RowFieldCount != columns.Count)
        {
            errors.Add(new ImportError(row, null, Bilingual.Pick(
                $"The row has {csv.RowFieldCount} fields; the header has {columns.Count}.",
                $"Baris ini memiliki {csv.RowFieldCount} kolom; baris judul memiliki {columns.Count}.")));
            return null;
        }

        var errorsBefore = errors.Count;
        var fields = new RowFields(csv, columns, row, errors);
        var birthDate = ReadBirthDate(fields);
        var sex = ReadSex(fields);
        var nik = ReadNik(fields, birthDate, sex);
        var kk = ReadFamilyCardNumber(fields);
        var fullName = fields.Required(ResidentCsvColumns.FullName, 200);
        var birthPlace = fields.Required(ResidentCsvColumns.BirthPlace, 100);
        var religion = ReadReligion(fields);
        var maritalStatus = ReadMaritalStatus(fields);
        var occupation = fields.Optional(ResidentCsvColumns.Occupation, 100);
        var street = fields.Optional(ResidentCsvColumns.Street, 200);
        var rt = ReadNeighbourhoodNumber(fields, ResidentCsvColumns.Rt);
        var rw = ReadNeighbourhoodNumber(fields, ResidentCsvColumns.Rw);
        var (kecamatan, kelurahan) = ReadRegions(fields);
        var status = ReadStatus(fields);
        if (errors.Count > errorsBefore)
            return null;

        return new Resident
        {
            Nik = nik,
            Kk = kk,
            FullName = fullName,
            BirthPlace = birthPlace,
            BirthDate = birthDate!.Value,
            Sex = sex!.Value,
            Religion = religion,
            MaritalStatus = maritalStatus,
            Occupation = occupation,
            Street = street,
            Rt = rt,
            Rw = rw,
            KelurahanCode = kelurahan.Code,
            Kelurahan = kelurahan.Name,
            KecamatanCode = kecamatan.Code,
            Kecamatan = kecamatan.Name,
            Status = status!.Value,
        };
    }

    private DateOnly? ReadBirthDate(RowFields fields)
    {
        if (!TryParseIsoDate(fields.Text(ResidentCsvColumns.BirthDate), out var date))
            return fields.Fail<DateOnly?>(ResidentCsvColumns.BirthDate, Bilingual.Pick("Must be a date written YYYY-MM-DD.", "Harus berupa tanggal dengan format YYYY-MM-DD."));

        if (date > today || date < EarliestBirthDate)
            return fields.Fail<DateOnly?>(ResidentCsvColumns.BirthDate, Bilingual.Pick(
                $"Must be between {EarliestBirthDate:yyyy-MM-dd} and today.",
                $"Harus antara {EarliestBirthDate:yyyy-MM-dd} dan hari ini."));

        return date;
    }

    private static Sex? ReadSex(RowFields fields) => fields.Text(ResidentCsvColumns.Sex).ToUpperInvariant() switch
    {
        "L" => Sex.Male,
        "P" => Sex.Female,
        var other => fields.Fail<Sex?>(
            ResidentCsvColumns.Sex,
            other.Length == 0
                ? Bilingual.Pick("Required: L or P.", "Wajib diisi: L atau P.")
                : Bilingual.Pick("Must be L (laki-laki) or P (perempuan).", "Harus L (laki-laki) atau P (perempuan).")),
    };

    /// <summary>The NIK as written; its digits must agree with the birth date and the sex of the same row.</summary>
    private static string ReadNik(RowFields fields, DateOnly? birthDate, Sex? sex)
    {
        var text = fields.Text(ResidentCsvColumns.Nik);
        if (!Nik.TryParse(text, birthDate, sex, out _, out var error))
            fields.Report(ResidentCsvColumns.Nik, error.Message);
        return text;
    }

    private static string ReadFamilyCardNumber(RowFields fields)
    {
        var kk = fields.Text(ResidentCsvColumns.Kk);
        if (kk.Length != Nik.Length || !kk.All(char.IsAsciiDigit))
            fields.Report(ResidentCsvColumns.Kk, Bilingual.Pick("A family card number (KK) is exactly 16 digits.", "Nomor kartu keluarga (KK) harus terdiri dari 16 digit."));
        return kk;
    }

    private static string ReadReligion(RowFields fields) =>
        Religions.Canonical(fields.Text(ResidentCsvColumns.Religion))
        ?? fields.Fail<string>(ResidentCsvColumns.Religion, OneOf(Religions.All));

    private static string ReadMaritalStatus(RowFields fields) =>
        MaritalStatuses.Canonical(fields.Text(ResidentCsvColumns.MaritalStatus))
        ?? fields.Fail<string>(ResidentCsvColumns.MaritalStatus, OneOf(MaritalStatuses.All));

    // RT and RW are numbered 001, 002, …: "1" and "001" are the same neighbourhood, stored as "001".
    private static string ReadNeighbourhoodNumber(RowFields fields, string column)
    {
        var text = fields.Text(column);
        if (text.Length is 0 or > 3 || !text.All(char.IsAsciiDigit) || int.Parse(text, CultureInfo.InvariantCulture) == 0)
            return fields.Fail<string>(column, Bilingual.Pick("Must be a number from 1 to 999.", "Harus berupa angka 1 sampai 999."));

        return text.PadLeft(3, '0');
    }

    /// <summary>The kecamatan and the kelurahan, which must lie in it when both are shipped regions.</summary>
    private static ((string? Code, string Name) Kecamatan, (string? Code, string Name) Kelurahan) ReadRegions(RowFields fields)
    {
        var kecamatan = ResolveRegion(fields.Required(ResidentCsvColumns.Kecamatan, 100), RegionLookup.Districts);
        var kelurahan = ResolveRegion(fields.Required(ResidentCsvColumns.Kelurahan, 100), RegionLookup.Villages);
        if (kelurahan.Code is not null && kecamatan.Code is not null && !kelurahan.Code.StartsWith(kecamatan.Code + ".", StringComparison.Ordinal))
            fields.Report(ResidentCsvColumns.Kelurahan, Bilingual.Pick($"{kelurahan.Name} is not in kecamatan {kecamatan.Name}.", $"{kelurahan.Name} tidak berada di kecamatan {kecamatan.Name}."));
        return (kecamatan, kelurahan);
    }

    private static ResidentStatus? ReadStatus(RowFields fields)
    {
        var text = fields.Text(ResidentCsvColumns.Status);
        if (text.Length == 0)
            return ResidentStatus.Active;

        return Enum.TryParse<ResidentStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status) && !char.IsAsciiDigit(text[0])
            ? status
            : fields.Fail<ResidentStatus?>(ResidentCsvColumns.Status, Bilingual.Pick(
                "Must be active, moved or deceased (empty means active).",
                "Harus active, moved, atau deceased (kosong berarti active)."));
    }

    // By hand rather than DateOnly.TryParseExact, which matches the format's literals through culture-aware string
    // comparison: two thirds of the parser's time on a million rows.
    private static bool TryParseIsoDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;

        date = new DateOnly(year, month, day);
        return true;
    }

    private static string OneOf(IEnumerable<string> values) =>
        Bilingual.Pick($"Must be one of: {string.Join(", ", values)}.", $"Harus salah satu dari: {string.Join(", ", values)}.");

    /// <summary>A shipped region by code or name gives both; anything else is kept as written, without a code.</summary>
    private static (string? Code, string Name) ResolveRegion(string text, RegionLookup regions) =>
        regions.Find(text) is { } region ? (region.Code, region.Name) : (null, text);

    /// <summary>
    /// One row's fields, trimmed, each problem added to the report as it is found. A struct: reading a million rows
    /// allocates nothing for it.
    /// </summary>
    private readonly struct RowFields(CsvDataReader csv, ResidentCsvColumns columns, long row, List<ImportError> errors)
    {
        /// <summary>The value; empty when it is not UTF-8 text, which is reported once so no other rule looks at it.</summary>
        public string Text(string column) => Utf8Text(column) ?? "";

        public string Required(string column, int maxLength)
        {
            if (Utf8Text(column) is not { } value)
                return "";

            if (value.Length == 0)
                Report(column, Bilingual.Pick("Required.", "Wajib diisi."));
            else if (value.Length > maxLength)
                ReportTooLong(column, maxLength);
            return value;
        }

        public string? Optional(string column, int maxLength)
        {
            var value = Text(column);
            if (value.Length > maxLength)
                ReportTooLong(column, maxLength);
            return value.Length == 0 ? null : value;
        }

        public void Report(string column, string reason) => errors.Add(new ImportError(row, column, reason));

        /// <summary>Reports <paramref name="reason"/> for <paramref name="column"/>, whose value then no longer matters.</summary>
        public T Fail<T>(string column, string reason)
        {
            Report(column, reason);
            return default!;
        }

        private void ReportTooLong(string column, int maxLength) =>
            Report(column, Bilingual.Pick($"At most {maxLength} characters.", $"Paling banyak {maxLength} karakter."));

        private string? Utf8Text(string column)
        {
            var value = csv.GetString(columns[column]).Trim();
            if (!value.Contains('\uFFFD', StringComparison.Ordinal))
                return value;

            Report(column, Bilingual.Pick("The value is not UTF-8 text: save the file as CSV UTF-8.", "Nilai ini bukan teks UTF-8: simpan berkas sebagai CSV UTF-8."));
            return null;
        }
    }
}

using System.Globalization;
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
        var errorsBefore = errors.Count;
        if (csv.RowFieldCount != columns.Count)
        {
            errors.Add(new ImportError(row, null, $"The row has {csv.RowFieldCount} fields; the header has {columns.Count}."));
            return null;
        }

        // Null when the value is not UTF-8 text: that is reported once, and no other rule looks at it.
        string? Text(string column)
        {
            var value = csv.GetString(columns[column]).Trim();
            if (!value.Contains('\uFFFD', StringComparison.Ordinal))
                return value;

            errors.Add(new ImportError(row, column, "The value is not UTF-8 text: save the file as CSV UTF-8."));
            return null;
        }

        string Field(string column) => Text(column) ?? "";

        string Required(string column, int maxLength)
        {
            if (Text(column) is not { } value)
                return "";

            if (value.Length == 0)
                errors.Add(new ImportError(row, column, "Required."));
            else if (value.Length > maxLength)
                errors.Add(new ImportError(row, column, $"At most {maxLength} characters."));
            return value;
        }

        string? Optional(string column, int maxLength)
        {
            var value = Field(column);
            if (value.Length > maxLength)
                errors.Add(new ImportError(row, column, $"At most {maxLength} characters."));
            return value.Length == 0 ? null : value;
        }

        var birthDate = ParseBirthDate(Field(ResidentCsvColumns.BirthDate), row, errors);
        var sex = Field(ResidentCsvColumns.Sex).ToUpperInvariant() switch
        {
            "L" => Sex.Male,
            "P" => Sex.Female,
            var other => AddError<Sex?>(errors, row, ResidentCsvColumns.Sex, other.Length == 0 ? "Required: L or P." : "Must be L (laki-laki) or P (perempuan)."),
        };

        var nikText = Field(ResidentCsvColumns.Nik);
        if (!Nik.TryParse(nikText, birthDate, sex, out _, out var nikError))
            errors.Add(new ImportError(row, ResidentCsvColumns.Nik, nikError.Message));

        var kk = Field(ResidentCsvColumns.Kk);
        if (kk.Length != Nik.Length || !kk.All(char.IsAsciiDigit))
            errors.Add(new ImportError(row, ResidentCsvColumns.Kk, "A family card number (KK) is exactly 16 digits."));

        var fullName = Required(ResidentCsvColumns.FullName, 200);
        var birthPlace = Required(ResidentCsvColumns.BirthPlace, 100);
        var religion = Religions.Canonical(Field(ResidentCsvColumns.Religion))
            ?? AddError<string>(errors, row, ResidentCsvColumns.Religion, $"Must be one of: {string.Join(", ", Religions.All)}.");
        var maritalStatus = MaritalStatuses.Canonical(Field(ResidentCsvColumns.MaritalStatus))
            ?? AddError<string>(errors, row, ResidentCsvColumns.MaritalStatus, $"Must be one of: {string.Join(", ", MaritalStatuses.All)}.");
        var occupation = Optional(ResidentCsvColumns.Occupation, 100);
        var street = Optional(ResidentCsvColumns.Street, 200);
        var rt = NeighbourhoodNumber(Field(ResidentCsvColumns.Rt), ResidentCsvColumns.Rt, row, errors);
        var rw = NeighbourhoodNumber(Field(ResidentCsvColumns.Rw), ResidentCsvColumns.Rw, row, errors);
        var kecamatan = ResolveRegion(Required(ResidentCsvColumns.Kecamatan, 100), RegionLookup.Districts);
        var kelurahan = ResolveRegion(Required(ResidentCsvColumns.Kelurahan, 100), RegionLookup.Villages);
        if (kelurahan.Code is not null && kecamatan.Code is not null && !kelurahan.Code.StartsWith(kecamatan.Code + ".", StringComparison.Ordinal))
            errors.Add(new ImportError(row, ResidentCsvColumns.Kelurahan, $"{kelurahan.Name} is not in kecamatan {kecamatan.Name}."));

        var statusText = Field(ResidentCsvColumns.Status);
        ResidentStatus? status = statusText.Length == 0
            ? ResidentStatus.Active
            : Enum.TryParse<ResidentStatus>(statusText, ignoreCase: true, out var parsedStatus) && Enum.IsDefined(parsedStatus) && !char.IsAsciiDigit(statusText[0])
                ? parsedStatus
                : AddError<ResidentStatus?>(errors, row, ResidentCsvColumns.Status, "Must be active, moved or deceased (empty means active).");

        if (errors.Count > errorsBefore)
            return null;

        return new Resident
        {
            Nik = nikText,
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

    private DateOnly? ParseBirthDate(string text, long row, List<ImportError> errors)
    {
        if (!TryParseIsoDate(text, out var date))
            return AddError<DateOnly?>(errors, row, ResidentCsvColumns.BirthDate, "Must be a date written YYYY-MM-DD.");

        if (date > today || date < EarliestBirthDate)
            return AddError<DateOnly?>(errors, row, ResidentCsvColumns.BirthDate, $"Must be between {EarliestBirthDate:yyyy-MM-dd} and today.");

        return date;
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

    // RT and RW are numbered 001, 002, …: "1" and "001" are the same neighbourhood, stored as "001".
    private static string NeighbourhoodNumber(string text, string column, long row, List<ImportError> errors)
    {
        if (text.Length is 0 or > 3 || !text.All(char.IsAsciiDigit) || int.Parse(text, CultureInfo.InvariantCulture) == 0)
            return AddError<string>(errors, row, column, "Must be a number from 1 to 999.");

        return text.PadLeft(3, '0');
    }

    /// <summary>A shipped region by code or name gives both; anything else is kept as written, without a code.</summary>
    private static (string? Code, string Name) ResolveRegion(string text, RegionLookup regions) =>
        regions.Find(text) is { } region ? (region.Code, region.Name) : (null, text);

    private static T AddError<T>(List<ImportError> errors, long row, string column, string reason)
    {
        errors.Add(new ImportError(row, column, reason));
        return default!;
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// Holidays as data, one CSV per year (header <c>date,kind,name</c>, kind <c>national</c> or
/// <c>collective_leave</c>): <c>holidays-id-YYYY.csv</c> holds a year's joint decree, and
/// <c>holidays-id-YYYY-provisional.csv</c> a provisional calendar for a year whose decree is not yet out. Files ship
/// in this assembly (<c>Calendar/Holidays/</c>) and an operator may put more in <c>Calendar:HolidaysDirectory</c>.
/// </summary>
public static partial class HolidayData
{
    /// <summary>The header every year's file starts with.</summary>
    public const string Header = "date,kind,name";

    /// <summary>
    /// The shipped years, then the operator's: a year in <paramref name="operatorDirectory"/> replaces the shipped
    /// one. The joint decree is published late in the year and is sometimes amended, and the city must be able to
    /// apply it the day it is signed, without waiting for a release.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">A directory is configured but does not exist.</exception>
    public static IReadOnlyList<CalendarYear> Load(string? operatorDirectory)
    {
        var years = LoadEmbedded().ToDictionary(year => year.Year);
        if (!string.IsNullOrWhiteSpace(operatorDirectory))
        {
            foreach (var year in LoadDirectory(operatorDirectory))
                years[year.Year] = year;
        }

        return [.. years.Values.OrderBy(year => year.Year)];
    }

    /// <summary>The years with a file in <paramref name="directory"/>; of two files for one year, the decree's.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist: a typo must not pass as "no holidays".</exception>
    public static IReadOnlyList<CalendarYear> LoadDirectory(string directory)
    {
        var fullPath = Path.GetFullPath(directory);
        if (!Directory.Exists(fullPath))
            throw new DirectoryNotFoundException($"Calendar:HolidaysDirectory '{fullPath}' does not exist.");

        var years = new List<CalendarYear>();
        foreach (var file in Directory.EnumerateFiles(fullPath, "holidays-id-*.csv"))
        {
            var match = FileName().Match(Path.GetFileName(file));
            if (!match.Success)
                continue;

            using var reader = File.OpenText(file);
            years.Add(Read(match, reader));
        }

        return PreferDecrees(years);
    }

    /// <summary>The years shipped in this assembly; of two files for one year, the decree's.</summary>
    public static IReadOnlyList<CalendarYear> LoadEmbedded()
    {
        var assembly = typeof(HolidayData).Assembly;
        var years = new List<CalendarYear>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
                continue;

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            years.Add(Read(match, reader));
        }

        return PreferDecrees(years);
    }

    /// <summary>Parses one year's file.</summary>
    /// <exception cref="FormatException">The file breaks a rule of <see cref="TryParse"/>; the message names every line that does.</exception>
    public static IReadOnlyList<Holiday> Parse(int year, TextReader reader)
    {
        var holidays = TryParse(year, reader, out var errors);
        if (errors.Count > 0)
            throw new FormatException($"The holiday data for {year} is not valid: {string.Join(" ", errors.Select(error => error.English))}");
        return holidays;
    }

    /// <summary>
    /// Parses one year's file, collecting every problem: the header first, then per line a date
    /// <c>yyyy-MM-dd</c> in <paramref name="year"/>, a known kind, a name, and no date twice.
    /// </summary>
    public static IReadOnlyList<Holiday> TryParse(int year, TextReader reader, out IReadOnlyList<HolidayDataError> errors)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var found = new List<HolidayDataError>();
        errors = found;
        var header = reader.ReadLine();
        if (!string.Equals(header?.Trim().TrimStart('\uFEFF'), Header, StringComparison.Ordinal))
        {
            found.Add(new HolidayDataError(1, $"Line 1 must be the header '{Header}'.", $"Baris 1 harus berupa kepala kolom '{Header}'."));
            return [];
        }

        var holidays = new List<Holiday>();
        var seen = new HashSet<DateOnly>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;

            var fields = line.Split(',', 3);
            if (fields.Length != 3 || string.IsNullOrWhiteSpace(fields[2]))
            {
                found.Add(new HolidayDataError(lineNumber, $"Line {lineNumber} is not 'date,kind,name'.", $"Baris {lineNumber} tidak berbentuk 'tanggal,jenis,nama'."));
                continue;
            }

            if (!DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year != year)
            {
                found.Add(new HolidayDataError(lineNumber, $"Line {lineNumber}: '{fields[0].Trim()}' is not a date yyyy-MM-dd in {year}.", $"Baris {lineNumber}: '{fields[0].Trim()}' bukan tanggal yyyy-MM-dd pada tahun {year}."));
                continue;
            }

            HolidayKind? kind = fields[1].Trim() switch
            {
                "national" => HolidayKind.National,
                "collective_leave" => HolidayKind.CollectiveLeave,
                _ => null,
            };
            if (kind is null)
            {
                found.Add(new HolidayDataError(lineNumber, $"Line {lineNumber}: kind '{fields[1].Trim()}' is neither national nor collective_leave.", $"Baris {lineNumber}: jenis '{fields[1].Trim()}' bukan national atau collective_leave."));
                continue;
            }

            if (!seen.Add(date))
            {
                found.Add(new HolidayDataError(lineNumber, $"Line {lineNumber}: {date:yyyy-MM-dd} is listed twice.", $"Baris {lineNumber}: {date:yyyy-MM-dd} tercantum dua kali."));
                continue;
            }

            holidays.Add(new Holiday(date, kind.Value, fields[2].Trim()));
        }

        return [.. holidays.OrderBy(holiday => holiday.Date)];
    }

    /// <summary>The file of <paramref name="holidays"/>, in date order: what is stored and what the API gives back.</summary>
    public static string Format(IEnumerable<Holiday> holidays)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var holiday in holidays.OrderBy(holiday => holiday.Date))
        {
            var kind = holiday.Kind == HolidayKind.National ? "national" : "collective_leave";
            text.Append(CultureInfo.InvariantCulture, $"{holiday.Date:yyyy-MM-dd},{kind},{holiday.Name}\n");
        }

        return text.ToString();
    }

    private static CalendarYear Read(Match match, TextReader reader)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var status = match.Groups["provisional"].Success ? CalendarYearStatus.Provisional : CalendarYearStatus.Decree;
        return new CalendarYear(year, status, Parse(year, reader));
    }

    private static List<CalendarYear> PreferDecrees(IEnumerable<CalendarYear> years) =>
        [.. years.GroupBy(year => year.Year).Select(group => group.OrderBy(year => year.Status).First()).OrderBy(year => year.Year)];

    [GeneratedRegex(@"\.Calendar\.Holidays\.holidays-id-(?<year>\d{4})(?<provisional>-provisional)?\.csv$")]
    private static partial Regex ResourceName();

    [GeneratedRegex(@"^holidays-id-(?<year>\d{4})(?<provisional>-provisional)?\.csv$")]
    private static partial Regex FileName();
}

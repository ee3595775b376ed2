using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// Reads the holidays as data, one CSV per year named <c>holidays-id-YYYY.csv</c> (header <c>date,kind,name</c>,
/// kind <c>national</c> or <c>collective_leave</c>): those shipped in this assembly
/// (<c>Calendar/Holidays/</c>) and those an operator puts in <c>Calendar:HolidaysDirectory</c>. The years are
/// those with a file.
/// </summary>
public static partial class HolidayData
{
    /// <summary>
    /// The shipped years, then the operator's: a year in <paramref name="operatorDirectory"/> replaces the shipped
    /// one. The joint decree is published late in the year and is sometimes amended, and the city must be able to
    /// apply it the day it is signed, without waiting for a release.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">A directory is configured but does not exist.</exception>
    public static IReadOnlyDictionary<int, IReadOnlyList<Holiday>> Load(string? operatorDirectory)
    {
        var years = new Dictionary<int, IReadOnlyList<Holiday>>(LoadEmbedded());
        if (string.IsNullOrWhiteSpace(operatorDirectory))
            return years;

        foreach (var (year, holidays) in LoadDirectory(operatorDirectory))
            years[year] = holidays;
        return years;
    }

    /// <summary>The years with a <c>holidays-id-YYYY.csv</c> file in <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist: a typo must not pass as "no holidays".</exception>
    public static IReadOnlyDictionary<int, IReadOnlyList<Holiday>> LoadDirectory(string directory)
    {
        var fullPath = Path.GetFullPath(directory);
        if (!Directory.Exists(fullPath))
            throw new DirectoryNotFoundException($"Calendar:HolidaysDirectory '{fullPath}' does not exist.");

        var years = new Dictionary<int, IReadOnlyList<Holiday>>();
        foreach (var file in Directory.EnumerateFiles(fullPath, "holidays-id-*.csv"))
        {
            var match = FileName().Match(Path.GetFileName(file));
            if (!match.Success)
                continue;

            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            using var reader = File.OpenText(file);
            years[year] = Parse(year, reader);
        }

        return years;
    }

    /// <summary>The holidays embedded in this assembly, by year.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<Holiday>> LoadEmbedded()
    {
        var assembly = typeof(HolidayData).Assembly;
        var years = new Dictionary<int, IReadOnlyList<Holiday>>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
                continue;

            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            years[year] = Parse(year, reader);
        }

        return years;
    }

    /// <summary>Parses one year's file; every date must fall in <paramref name="year"/>.</summary>
    public static IReadOnlyList<Holiday> Parse(int year, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine();
        if (!string.Equals(header?.Trim(), "date,kind,name", StringComparison.Ordinal))
            throw new FormatException($"The holiday data for {year} must start with the header 'date,kind,name'.");

        var holidays = new List<Holiday>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;

            var fields = line.Split(',', 3);
            if (fields.Length != 3
                || !DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || date.Year != year)
            {
                throw new FormatException($"Line {lineNumber} of the holiday data for {year} is not 'yyyy-MM-dd,kind,name' with a date in {year}.");
            }

            var kind = fields[1].Trim() switch
            {
                "national" => HolidayKind.National,
                "collective_leave" => HolidayKind.CollectiveLeave,
                var other => throw new FormatException($"Line {lineNumber} of the holiday data for {year} has kind '{other}'; expected national or collective_leave."),
            };
            holidays.Add(new Holiday(date, kind, fields[2].Trim()));
        }

        return holidays;
    }

    [GeneratedRegex(@"\.Calendar\.Holidays\.holidays-id-(?<year>\d{4})\.csv$")]
    private static partial Regex ResourceName();

    [GeneratedRegex(@"^holidays-id-(?<year>\d{4})\.csv$")]
    private static partial Regex FileName();
}

using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// Reads the holidays shipped as data, one CSV per year (<c>Calendar/Holidays/holidays-id-YYYY.csv</c>, header
/// <c>date,kind,name</c>, kind <c>national</c> or <c>collective_leave</c>). The years are those with a file.
/// </summary>
public static partial class HolidayData
{
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
}

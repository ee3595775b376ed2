using GovServices.BuildingBlocks.Calendar;
using Microsoft.Extensions.Configuration;

namespace GovServices.Calendar;

/// <summary>The calendar's settings (section <c>Calendar</c>).</summary>
internal sealed record CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>The operator's folder of <c>holidays-id-YYYY.csv</c> files, stored at start-up where they fill a gap.</summary>
    public string? HolidaysDirectory { get; init; }

    /// <summary>How often an instance looks for years another instance loaded.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(30);

    public static CalendarOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var options = new CalendarOptions
        {
            HolidaysDirectory = configuration[WorkingDayCalendar.HolidaysDirectoryKey],
            RefreshInterval = section.GetValue("RefreshInterval", TimeSpan.FromSeconds(30)),
        };
        if (options.RefreshInterval <= TimeSpan.Zero)
            throw new InvalidOperationException("Calendar:RefreshInterval must be positive.");
        return options;
    }
}

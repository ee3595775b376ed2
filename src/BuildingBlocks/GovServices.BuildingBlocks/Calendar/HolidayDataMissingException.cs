namespace GovServices.BuildingBlocks.Calendar;

/// <summary>
/// A working-day calculation reached a year for which no holiday data is shipped. Such a year is never treated as
/// a year without holidays: callers answer with a clear problem instead of a wrong date.
/// </summary>
public sealed class HolidayDataMissingException : Exception
{
    public HolidayDataMissingException()
    {
    }

    public HolidayDataMissingException(string message)
        : base(message)
    {
    }

    public HolidayDataMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HolidayDataMissingException(int year)
        : base($"No holiday data for {year}: working days in {year} cannot be counted until its holidays and collective-leave days are added.")
    {
        Year = year;
    }

    /// <summary>The first year without data that the calculation reached.</summary>
    public int Year { get; }
}

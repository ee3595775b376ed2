namespace GovServices.BuildingBlocks.Calendar;

/// <summary>How much the city knows of a year's holidays.</summary>
public enum CalendarYearStatus
{
    /// <summary>The joint decree (SKB) of that year is loaded: its holidays and collective-leave days are certain.</summary>
    Decree,

    /// <summary>
    /// A provisional calendar is loaded (fixed-date and Easter-based holidays certain, lunar ones estimated, no
    /// collective leave): due dates are computed on it, marked provisional and computed again once the decree arrives.
    /// </summary>
    Provisional,

    /// <summary>
    /// Nothing is loaded: due dates are computed on weekends and the holidays whose dates follow from the year alone
    /// (<see cref="FixedHolidays"/>), and marked provisional.
    /// </summary>
    Missing,
}

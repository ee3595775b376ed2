namespace GovServices.BuildingBlocks.Calendar;

/// <summary>Why a weekday is not a working day.</summary>
public enum HolidayKind
{
    /// <summary>A national holiday (hari libur nasional).</summary>
    National,

    /// <summary>A collective-leave day (cuti bersama), observed by government offices.</summary>
    CollectiveLeave,
}

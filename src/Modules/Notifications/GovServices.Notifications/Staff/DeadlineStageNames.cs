using System.Globalization;

namespace GovServices.Notifications.Staff;

/// <summary>How staff messages name a complaint's deadline stage and write a date (the city's, WITA).</summary>
internal static class DeadlineStageNames
{
    public static string Indonesian(string stage) => stage switch
    {
        "verification" => "verifikasi",
        "follow_up" => "tindak lanjut",
        "resolution" => "penyelesaian",
        _ => stage,
    };

    public static string English(string stage) => stage switch
    {
        "follow_up" => "follow-up",
        _ => stage,
    };

    /// <summary>05-12-2026, as the other messages write dates.</summary>
    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace GovServices.Permits.ListApplications;

/// <summary>The sort key of the last row of a page: its creation time and id.</summary>
internal readonly record struct ApplicationCursor(DateTimeOffset CreatedAt, Guid Id)
{
    public static string Format(DateTimeOffset createdAt, Guid id) =>
        $"{createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{id}";

    public static ApplicationCursor? Parse(string text)
    {
        var parts = text.Split('|');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks is > 0 and < 3155378975999999999
            && Guid.TryParse(parts[1], out var id)
                ? new ApplicationCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id)
                : null;
    }
}

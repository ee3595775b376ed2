using System.Globalization;

namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>The position after which an access-log page continues: newest first, by time then id.</summary>
internal sealed record AccessLogCursor(DateTimeOffset OccurredAt, Guid Id)
{
    public static bool TryRead(string? sortKey, out AccessLogCursor? cursor)
    {
        cursor = null;
        if (sortKey is null)
            return true;

        var parts = sortKey.Split('|');
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParse(parts[1], out var id))
        {
            cursor = new AccessLogCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
            return true;
        }

        return false;
    }

    /// <summary>Rows strictly after this cursor in newest-first order.</summary>
    public const string Condition = "(occurred_at < @after_occurred_at OR (occurred_at = @after_occurred_at AND id < @after_id))";
}

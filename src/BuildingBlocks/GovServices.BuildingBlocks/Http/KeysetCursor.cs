using System.Globalization;

namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// The position after which a newest-first page continues: the last row's UTC time, then its id to break ties.
/// Its sort key is <c>ticks|id</c>, which <see cref="PageRequest"/> wraps into the opaque cursor a client holds.
/// </summary>
public readonly record struct KeysetCursor(DateTimeOffset Time, Guid Id)
{
    /// <summary>The sort key with the ticks as they are, as the access log and permit applications issue it.</summary>
    public string ToSortKey() => $"{Time.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{Id:D}";

    /// <summary>The sort key with the ticks padded to 19 digits, so keys compare as strings in time order (the
    /// audit search merges several trails by it).</summary>
    public string ToSortableKey() => $"{Time.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{Id:D}";

    /// <summary>
    /// The position of a sort key a list query's validator has accepted (<see cref="IsSortKey"/>); a missing one is the
    /// first page.
    /// </summary>
    public static KeysetCursor? Of(string? sortKey) =>
        sortKey is null ? null
        : TryRead(sortKey, out var cursor) ? cursor
        : throw new ArgumentException("The list query's validator let through a cursor that is not a keyset position.", nameof(sortKey));

    /// <summary>True for either sort key: for a validator, <c>RuleFor(query =&gt; query.Cursor).IssuedCursor(KeysetCursor.IsSortKey)</c>.</summary>
    public static bool IsSortKey(string sortKey) => TryRead(sortKey, out _);

    private static bool TryRead(string sortKey, out KeysetCursor cursor)
    {
        cursor = default;
        var parts = sortKey.Split('|');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParse(parts[1], out var id))
            return false;

        cursor = new KeysetCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}

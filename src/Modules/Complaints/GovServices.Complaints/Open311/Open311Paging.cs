using System.Globalization;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Open311;

/// <summary>
/// The paging extension of GeoReport v2 (<c>page</c> from 1, <c>page_size</c>), the one most implementers support: page
/// numbers over the newest-first order, within the window the other arguments set.
/// </summary>
internal sealed record Open311Paging(int Number, int Size)
{
    public int Offset => (Number - 1) * Size;

    /// <summary>The page asked for; by default the first, of <paramref name="maxSize"/>. Null when either is not a whole number in range.</summary>
    public static Open311Paging? Parse(string? page, string? pageSize, int maxSize)
    {
        var number = 1;
        var size = maxSize;
        if (!string.IsNullOrWhiteSpace(page) && !int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            return null;
        if (!string.IsNullOrWhiteSpace(pageSize) && !int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size))
            return null;
        // Bounded so that the offset stays far inside an int.
        return number is >= 1 and <= 100_000 && size >= 1 && size <= maxSize ? new Open311Paging(number, size) : null;
    }

    public static string Message(int maxSize) => Bilingual.Pick(
        $"page must be a whole number from 1 to 100000 and page_size from 1 to {maxSize}.",
        $"page harus bilangan bulat 1 sampai 100000 dan page_size 1 sampai {maxSize}.");
}

using System.Buffers.Text;
using System.Text;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// Cursor pagination: <c>limit</c> (1–100, default 20) and an opaque <c>cursor</c> from the previous page.
/// The cursor holds the sort key of the last row seen; queries ask for rows after it and one extra row to learn
/// whether another page exists.
/// </summary>
public sealed record PageRequest(int Limit, string? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    internal static string LimitMessage => Bilingual.Pick($"Limit must be between 1 and {MaxLimit}.", $"Batas harus antara 1 dan {MaxLimit}.");

    internal static string UnknownCursorMessage => Bilingual.Pick("The cursor is not one this API issued.", "Kursor ini tidak diterbitkan oleh API ini.");

    /// <summary>Reads <c>limit</c> and <c>cursor</c> query values; a bad value is a validation error.</summary>
    public static Result<PageRequest> From(int? limit, string? cursor)
    {
        var errors = new Dictionary<string, string[]>();
        var pageSize = limit ?? DefaultLimit;
        if (pageSize is < 1 or > MaxLimit)
            errors["limit"] = [LimitMessage];

        string? after = null;
        if (!string.IsNullOrEmpty(cursor) && !TryDecode(cursor, out after))
            errors["cursor"] = [UnknownCursorMessage];

        return errors.Count > 0 ? Error.Validation(errors) : new PageRequest(pageSize, after);
    }

    /// <summary>
    /// The page a list query asks for, once the query's validator has held its <c>limit</c> and <c>cursor</c> to
    /// <see cref="PageRules"/>; values the validator would refuse are a programming error here.
    /// </summary>
    public static PageRequest Of(int? limit, string? cursor)
    {
        var page = From(limit, cursor);
        return page.IsSuccess ? page.Value : throw new ArgumentException("The list query's validator let through a limit or cursor that PageRules refuses.", nameof(cursor));
    }

    /// <summary>True when the cursor is absent, or decodes to a sort key that <paramref name="holdsSortKey"/> accepts.</summary>
    internal static bool IsIssued(string? cursor, Func<string, bool> holdsSortKey) =>
        string.IsNullOrEmpty(cursor) || (TryDecode(cursor, out var sortKey) && holdsSortKey(sortKey!));

    /// <summary>Builds the page from up to <c>Limit + 1</c> rows fetched in sort order.</summary>
    public CursorPage<T> ToPage<T>(IReadOnlyList<T> rowsPlusOne, Func<T, string> sortKey)
    {
        if (rowsPlusOne.Count <= Limit)
            return new CursorPage<T>(rowsPlusOne, null);

        var items = rowsPlusOne.Take(Limit).ToList();
        return new CursorPage<T>(items, Encode(sortKey(items[^1])));
    }

    public static string Encode(string sortKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sortKey));

    private static bool TryDecode(string cursor, out string? sortKey)
    {
        sortKey = null;
        if (cursor.Length > 512)
            return false;

        try
        {
            sortKey = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

using System.Globalization;
using FluentValidation;

namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// The rules of a list's <c>limit</c> and <c>cursor</c>, for the validator of its query (ADR 0040): the same texts
/// as <see cref="PageRequest"/>, in the request's language, under the errors keys <c>limit</c> and <c>cursor</c> when
/// the query names its properties <c>Limit</c> and <c>Cursor</c>.
/// </summary>
public static class PageRules
{
    /// <summary>Absent (the default page size) or 1 to <see cref="PageRequest.MaxLimit"/>.</summary>
    public static IRuleBuilderOptions<T, int?> PageLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(limit => limit is null or (>= 1 and <= PageRequest.MaxLimit)).WithMessage(_ => PageRequest.LimitMessage);

    /// <summary>Absent (the first page), or a cursor this API issued that holds a sort key of this list.</summary>
    public static IRuleBuilderOptions<T, string?> IssuedCursor<T>(this IRuleBuilder<T, string?> rule, Func<string, bool> holdsSortKey) =>
        rule.Must(cursor => PageRequest.IsIssued(cursor, holdsSortKey)).WithMessage(_ => PageRequest.UnknownCursorMessage);

    /// <summary>Absent, or a cursor this API issued, whatever its sort key (lists that compare keys as text).</summary>
    public static IRuleBuilderOptions<T, string?> IssuedCursor<T>(this IRuleBuilder<T, string?> rule) => rule.IssuedCursor(AnyKey);

    /// <summary>A sort key that is a non-negative whole number (lists in number order).</summary>
    public static bool NumberKey(string sortKey) => int.TryParse(sortKey, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static bool AnyKey(string sortKey) => true;
}

namespace GovServices.Bench;

/// <summary>
/// One row for <see cref="IBulkWriter.WriteAsync"/>, built by column name: a column a module adds later (nullable or
/// with a default) is written as null instead of shifting every value after it into the wrong column, which is how a
/// positional row broke the seed when the complaint gained its kelurahan.
/// </summary>
internal static class BulkRow
{
    public static object?[] Of(IReadOnlyList<string> columns, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var name in values.Keys)
        {
            if (!columns.Contains(name))
                throw new InvalidOperationException($"The bench seeds '{name}', which is not among the columns written: {string.Join(", ", columns)}.");
        }

        return [.. columns.Select(column => values.GetValueOrDefault(column))];
    }
}

namespace GovServices.CivilRegistry.Domain;

/// <summary>The marital statuses of the family card.</summary>
internal static class MaritalStatuses
{
    public static readonly IReadOnlyList<string> All = ["Belum Kawin", "Kawin", "Cerai Hidup", "Cerai Mati"];

    /// <summary>The recorded spelling, ignoring case and treating <c>_</c> and repeated spaces as one space.</summary>
    public static string? Canonical(string text)
    {
        // Most files spell it as recorded: the import meets this on every row, so that needs no new string.
        if (All.FirstOrDefault(status => string.Equals(status, text, StringComparison.OrdinalIgnoreCase)) is { } recorded)
            return recorded;

        var spaced = string.Join(' ', text.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return All.FirstOrDefault(status => string.Equals(status, spaced, StringComparison.OrdinalIgnoreCase));
    }
}

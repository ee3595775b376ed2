namespace GovServices.CivilRegistry.Domain;

/// <summary>The marital statuses of the family card.</summary>
internal static class MaritalStatuses
{
    public static readonly IReadOnlyList<string> All = ["Belum Kawin", "Kawin", "Cerai Hidup", "Cerai Mati"];

    /// <summary>The recorded spelling, ignoring case and treating <c>_</c> and repeated spaces as one space.</summary>
    public static string? Canonical(string text)
    {
        var spaced = string.Join(' ', text.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return All.FirstOrDefault(status => string.Equals(status, spaced, StringComparison.OrdinalIgnoreCase));
    }
}

namespace GovServices.CivilRegistry.Domain;

/// <summary>The religions the civil registry records (Kepercayaan: belief in the One God, MK 97/PUU-XIV/2016).</summary>
internal static class Religions
{
    public static readonly IReadOnlyList<string> All = ["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu", "Kepercayaan"];

    /// <summary>The recorded spelling of <paramref name="text"/>, ignoring case; null when it is none of them.</summary>
    public static string? Canonical(string text)
    {
        var trimmed = text.Trim();
        return All.FirstOrDefault(religion => string.Equals(religion, trimmed, StringComparison.OrdinalIgnoreCase));
    }
}

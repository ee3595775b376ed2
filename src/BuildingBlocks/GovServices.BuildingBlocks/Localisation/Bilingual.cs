using System.Globalization;

namespace GovServices.BuildingBlocks.Localisation;

/// <summary>
/// Messages come in English and Bahasa Indonesia; the request's culture (<c>Accept-Language</c>) picks one. Work done
/// later for a request, such as a background import's report, runs in the language that request chose (ADR 0041).
/// </summary>
public static class Bilingual
{
    public const string English = "en";
    public const string Indonesian = "id";

    /// <summary>The language <see cref="Pick"/> answers in now: <see cref="Indonesian"/> or <see cref="English"/>.</summary>
    public static string CurrentLanguage => IsIndonesian ? Indonesian : English;

    public static string Pick(string english, string indonesian) => IsIndonesian ? indonesian : english;

    /// <summary>Answers in <paramref name="language"/> from here on in this flow of work (not in its caller's).</summary>
    public static void Use(string language) =>
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == Indonesian ? Indonesian : English);

    private static bool IsIndonesian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Indonesian;
}

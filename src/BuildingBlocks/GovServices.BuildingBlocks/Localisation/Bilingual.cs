using System.Globalization;

namespace GovServices.BuildingBlocks.Localisation;

/// <summary>Messages come in English and Bahasa Indonesia; the request's culture (<c>Accept-Language</c>) picks one.</summary>
public static class Bilingual
{
    public static string Pick(string english, string indonesian) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "id" ? indonesian : english;
}

using System.Globalization;

namespace GovServices.Permits;

/// <summary>The module's own messages come in English and Bahasa Indonesia; the request's culture picks one.</summary>
internal static class Messages
{
    public static string Pick(string english, string indonesian) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "id" ? indonesian : english;
}

using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace GovServices.Host.Http;

/// <summary>The languages the API answers in, chosen per request from <c>Accept-Language</c>.</summary>
internal static class RequestCultures
{
    public const string English = "en";
    public const string Indonesian = "id";

    public static void Configure(RequestLocalizationOptions options)
    {
        string[] supported = [English, Indonesian];
        options.SetDefaultCulture(English)
            .AddSupportedCultures(supported)
            .AddSupportedUICultures(supported);
    }

    /// <summary>
    /// Reads the culture the localisation middleware chose for this request rather than the ambient one:
    /// problems can be written by middleware that runs outside it, where the ambient culture is already reset.
    /// </summary>
    public static CultureInfo UiCultureOf(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture
        ?? CultureInfo.GetCultureInfo(English);
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// The seam the SSRF guard replaces (issue 14, item 7; built on its own branch): for now only an absolute http or https
/// URL without credentials is required, as a developer's receiver on 127.0.0.1 over http must be accepted in
/// Development. Outside Development the SSRF guard refuses http, non-public addresses and hosts outside the allow-list
/// at subscription time and at connect time; until it lands this one is what every environment gets.
/// </summary>
internal sealed class DevelopmentWebhookUrlGuard : IWebhookUrlGuard
{
    public ValueTask<Result<Uri>> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.UserInfo))
            return ValueTask.FromResult(Result<Uri>.Success(uri));

        return ValueTask.FromResult<Result<Uri>>(Error.Unprocessable("webhook_url_refused", Bilingual.Pick(
            "The URL must be an absolute http or https URL without credentials.",
            "URL harus berupa URL http atau https absolut tanpa kredensial.")));
    }
}

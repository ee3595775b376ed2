using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// Standard Webhooks signatures: <c>v1,</c> and the base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c> keyed with the
/// secret's decoded bytes; during a rotation overlap one per secret, separated by a space.
/// </summary>
internal static class WebhookSignature
{
    public static string Of(string messageId, long timestamp, string body, IEnumerable<string> secrets)
    {
        var content = Encoding.UTF8.GetBytes($"{messageId}.{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}");
        return string.Join(' ', secrets.Select(secret => "v1," + Convert.ToBase64String(HMACSHA256.HashData(WebhookSecrets.KeyOf(secret), content))));
    }
}

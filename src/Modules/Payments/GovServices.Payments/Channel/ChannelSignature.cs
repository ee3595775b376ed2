using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovServices.Payments.Channel;

/// <summary>
/// SNAP's symmetric signature of a bank channel's call: <c>X-SIGNATURE</c> is base64 HMAC-SHA512, keyed with the
/// channel's signing key, over <c>METHOD:path:access-token:lowercase-hex(sha256(minified body)):X-TIMESTAMP</c>, and
/// <c>X-TIMESTAMP</c> is within <see cref="PaymentsOptions.SignatureTolerance"/> of our clock. A replay of a captured
/// call outside that window fails; inside it, <c>X-EXTERNAL-ID</c> makes it harmless. <c>X-PARTNER-ID</c> must name
/// the client the access token was issued to.
/// </summary>
internal sealed partial class ChannelSignature(
    IDbConnectionFactory connections,
    ChannelKeyProtection protection,
    ICurrentActor actor,
    PaymentsOptions options,
    TimeProvider clock,
    ILogger<ChannelSignature> logger)
{
    public const string TimestampHeader = "X-TIMESTAMP";
    public const string SignatureHeader = "X-SIGNATURE";
    public const string PartnerIdHeader = "X-PARTNER-ID";

    /// <summary>Null when the call is signed and fresh; otherwise why it is refused.</summary>
    public async Task<SnapResponseCode?> VerifyAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        var timestampText = request.Headers[TimestampHeader].ToString();
        var signatureText = request.Headers[SignatureHeader].ToString();
        var partnerId = request.Headers[PartnerIdHeader].ToString();
        if (timestampText.Length == 0)
            return SnapResponseCode.InvalidMandatoryField.With(TimestampHeader);
        if (partnerId.Length == 0)
            return SnapResponseCode.InvalidMandatoryField.With(PartnerIdHeader);
        if (signatureText.Length == 0)
            return SnapResponseCode.InvalidMandatoryField.With(SignatureHeader);
        if (!TryParseTimestamp(timestampText, out var timestamp))
            return SnapResponseCode.InvalidFieldFormat.With(TimestampHeader);
        if ((clock.GetUtcNow() - timestamp).Duration() > options.SignatureTolerance)
            return SnapResponseCode.Unauthorized.With("Timestamp out of range");

        var signature = new byte[SHA512.HashSizeInBytes];
        if (!Convert.TryFromBase64String(signatureText, signature, out var signatureLength) || signatureLength != signature.Length)
            return SnapResponseCode.Unauthorized.With("Signature");

        // The partner named in the call must be the client the token was issued to: one bank cannot speak for another.
        if (!string.Equals(partnerId, actor.ClientId, StringComparison.Ordinal))
            return SnapResponseCode.Unauthorized.With("Unknown client");

        var signingKey = await SigningKeyAsync(cancellationToken);
        if (signingKey is null)
            return SnapResponseCode.Unauthorized.With("Unknown channel");

        var accessToken = request.Headers.Authorization.ToString();
        if (accessToken.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            accessToken = accessToken["Bearer ".Length..].Trim();
        var expected = Sign(signingKey, request.Method, request.PathBase + request.Path + request.QueryString, accessToken, body, timestampText);
        return CryptographicOperations.FixedTimeEquals(expected, signature) ? null : SnapResponseCode.Unauthorized.With("Signature");
    }

    /// <summary>The signature a channel sends, as bytes; base64 it for <c>X-SIGNATURE</c>.</summary>
    public static byte[] Sign(string signingKey, string method, string path, string accessToken, ReadOnlySpan<byte> body, string timestamp)
    {
        var stringToSign = string.Join(':', method.ToUpperInvariant(), path, accessToken, SnapJson.BodyHash(body), timestamp);
        return HMACSHA512.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.UTF8.GetBytes(stringToSign));
    }

    /// <summary>SNAP's ISO 8601 timestamp with an offset, for example <c>2026-11-28T17:05:00+07:00</c>.</summary>
    public static bool TryParseTimestamp(string text, out DateTimeOffset timestamp) =>
        DateTimeOffset.TryParseExact(
            text,
            ["yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out timestamp);

    private async Task<string?> SigningKeyAsync(CancellationToken cancellationToken)
    {
        if (actor.ClientId is null)
            return null;
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ChannelKeyRow>(new CommandDefinition(
            ChannelKeySql.SelectSigningKey, new { client_id = actor.ClientId }, cancellationToken: cancellationToken));
        if (row is null)
            return null;
        try
        {
            return protection.Reveal(row);
        }
        catch (CryptographicException exception)
        {
            // Refused like an unknown channel until the key ring is restored or the key configured again and the host restarted.
            LogKeyUnusable(exception, actor.ClientId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The signing key of channel {ClientId} cannot be unprotected with this host's Data Protection key ring; its calls are refused (docs/adr/0020).")]
    private partial void LogKeyUnusable(Exception exception, string clientId);
}

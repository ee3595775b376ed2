using System.Text.Json;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Notifications.Messages;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace GovServices.Notifications.ProviderReceipts;

/// <summary>
/// The providers' callbacks: the SMS gateway's delivery receipts and WhatsApp's status webhook (with its registration
/// handshake). They carry no token — a provider has none of ours — but a signature of the body with a shared secret;
/// an unsigned or badly signed one is refused with 401 and logged.
/// </summary>
internal static partial class ProviderReceiptEndpoints
{
    private const string SmsDescription = "The SMS gateway's delivery receipt: {\"reference\": \"msg_…\", \"status\": \"delivered\" | \"failed\" | \"expired\" | \"undeliverable\" | \"rejected\", \"error\": \"…\"}, signed X-Signature: sha256=<hex HMAC-SHA256 of the body with Notifications:Sms:CallbackSecret>. 401 without a valid signature.";
    private const string WhatsAppDescription = "The WhatsApp Business Cloud API's webhook: message statuses (sent, delivered, read, failed), signed X-Hub-Signature-256 with the app secret. 401 without a valid signature.";
    private const string WhatsAppVerifyDescription = "The WhatsApp webhook's registration handshake: answers hub.challenge when hub.verify_token is Notifications:WhatsApp:VerifyToken, else 403.";
    private const int MaxBody = 256 * 1024;

    public static IEndpointRouteBuilder MapProviderReceipts(this IEndpointRouteBuilder group)
    {
        group.MapPost(NotificationsApiPaths.SmsReceipts, async (HttpRequest request, NotificationsOptions options, IMediator mediator, ILoggerFactory loggers, CancellationToken cancellationToken) =>
            {
                var body = await ReadAsync(request, cancellationToken);
                if (!ProviderSignature.IsValid(request.Headers["X-Signature"], body, options.Sms.CallbackSecret))
                    return Refused(loggers, MessageChannels.Sms);
                var receipts = SmsReceipts(body);
                return receipts is null
                    ? Malformed()
                    : (await mediator.Send(new ApplyReceiptsCommand(MessageChannels.Sms, receipts), cancellationToken)).Match(_ => TypedResults.NoContent());
            })
            .AllowPublicAccess("The SMS gateway calls it without a token of ours; the body is signed with the shared callback secret instead.")
            .RequireRateLimiting(NotificationsRateLimits.ProviderCallbacks)
            .Describe("ReceiveSmsReceipt", "Receive an SMS delivery receipt", SmsDescription)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost(NotificationsApiPaths.WhatsAppWebhook, async (HttpRequest request, NotificationsOptions options, IMediator mediator, ILoggerFactory loggers, CancellationToken cancellationToken) =>
            {
                var body = await ReadAsync(request, cancellationToken);
                if (!ProviderSignature.IsValid(request.Headers["X-Hub-Signature-256"], body, options.WhatsApp.AppSecret))
                    return Refused(loggers, MessageChannels.WhatsApp);
                var receipts = WhatsAppStatuses(body);
                return receipts is null
                    ? Malformed()
                    : (await mediator.Send(new ApplyReceiptsCommand(MessageChannels.WhatsApp, receipts), cancellationToken)).Match(_ => TypedResults.Ok());
            })
            .AllowPublicAccess("Meta calls it without a token of ours; the body is signed with the app secret (X-Hub-Signature-256) instead.")
            .RequireRateLimiting(NotificationsRateLimits.ProviderCallbacks)
            .Describe("ReceiveWhatsAppStatus", "Receive WhatsApp message statuses", WhatsAppDescription)
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet(NotificationsApiPaths.WhatsAppWebhook, (HttpRequest request, NotificationsOptions options) =>
                request.Query["hub.mode"] == "subscribe" && !string.IsNullOrEmpty(options.WhatsApp.VerifyToken)
                && request.Query["hub.verify_token"] == options.WhatsApp.VerifyToken
                    ? Results.Text(request.Query["hub.challenge"].ToString(), "text/plain")
                    : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: Bilingual.Pick("The verify token does not match.", "Token verifikasi tidak cocok.")))
            .AllowPublicAccess("Meta's registration handshake carries the verify token, not a token of ours.")
            .RequireRateLimiting(NotificationsRateLimits.ProviderCallbacks)
            .Describe("VerifyWhatsAppWebhook", "Answer WhatsApp's webhook registration", WhatsAppVerifyDescription)
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0 && buffer.Length < MaxBody)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    private static IResult Refused(ILoggerFactory loggers, string channel)
    {
        LogRefused(loggers.CreateLogger(typeof(ProviderReceiptEndpoints).FullName!), channel);
        return Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: Bilingual.Pick("The callback's signature is missing or wrong.", "Tanda tangan callback tidak ada atau salah."),
            type: "https://govservices.bontangkota.go.id/problems/callback-signature-invalid");
    }

    private static IResult Malformed() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: Bilingual.Pick("The callback's body is not what the provider sends.", "Isi callback tidak sesuai format penyedia."));

    private static List<ProviderReceipt>? SmsReceipts(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var reference = root.TryGetProperty("reference", out var r) ? r.GetString() : null;
            var status = root.TryGetProperty("status", out var s) ? s.GetString() : null;
            if (reference is null || status is null)
                return null;
            var mapped = status.ToLowerInvariant() switch
            {
                "delivered" => MessageStatus.Delivered,
                "undeliverable" or "rejected" or "invalid" => MessageStatus.PermanentFailure,
                "failed" or "expired" => MessageStatus.TemporaryFailure,
                _ => null,
            };
            var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            return [new ProviderReceipt(reference, mapped, error ?? (mapped is null or MessageStatus.Delivered ? null : status))];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>WhatsApp error codes that no retry mends: the number is not on WhatsApp, or not a number (131026, 131021, 131030, 100).</summary>
    private static readonly HashSet<int> PermanentWhatsAppErrors = [131026, 131021, 131030, 100];

    private static List<ProviderReceipt>? WhatsAppStatuses(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
                return null;
            var receipts = new List<ProviderReceipt>();
            foreach (var entry in entries.EnumerateArray())
            {
                if (!entry.TryGetProperty("changes", out var changes))
                    continue;
                foreach (var change in changes.EnumerateArray())
                {
                    if (!change.TryGetProperty("value", out var value) || !value.TryGetProperty("statuses", out var statuses))
                        continue;
                    foreach (var status in statuses.EnumerateArray())
                    {
                        if (!status.TryGetProperty("biz_opaque_callback_data", out var data) || data.GetString() is not { } messageId)
                            continue;
                        var code = status.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 && errors[0].TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : (int?)null;
                        var mapped = status.GetProperty("status").GetString() switch
                        {
                            "delivered" or "read" => MessageStatus.Delivered,
                            "failed" => code is { } failure && PermanentWhatsAppErrors.Contains(failure) ? MessageStatus.PermanentFailure : MessageStatus.TemporaryFailure,
                            _ => null,
                        };
                        receipts.Add(new ProviderReceipt(messageId, mapped, code is null ? null : $"whatsapp error {code}"));
                    }
                }
            }

            return receipts;
        }
        catch (Exception malformed) when (malformed is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Channel} provider callback without a valid signature was refused")]
    private static partial void LogRefused(ILogger logger, string channel);
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Notifications.Delivery;

namespace GovServices.Notifications.Webhooks;

/// <summary>
/// Sends a delivery as a Standard Webhooks POST: headers <c>webhook-id</c> (the delivery's id), <c>webhook-timestamp</c>
/// and <c>webhook-signature</c>; redirects are not followed (a 3xx is a failure), the answer is read to at most 4 KiB,
/// and a receiver has <see cref="NotificationsOptions.WebhookTimeout"/> to answer.
/// </summary>
internal sealed class WebhookChannel(
    IHttpClientFactory httpClients,
    IDbConnectionFactory connections,
    IWebhookUrlGuard urlGuard,
    WebhookSecrets secrets,
    WebhookEndpointDisabling disabling,
    NotificationsOptions options,
    TimeProvider clock) : IDeliveryChannel
{
    public const string HttpClientName = "GovServices.Notifications.Webhooks";
    public const int MaxResponseBytes = 4096;
    private const int ExcerptCharacters = 500;

    public string Name => DeliveryStatus.WebhookChannel;

    public DateTimeOffset? NextAttemptAt(int attempts, DateTimeOffset firstAttemptedAt, DateTimeOffset now, TimeSpan? retryAfter) =>
        WebhookRetrySchedule.NextAttemptAt(attempts, firstAttemptedAt, now, retryAfter);

    public async Task<DeliveryOutcome> SendAsync(DeliveryRow delivery, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        WebhookEndpointRow? endpoint;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            endpoint = await connection.QuerySingleOrDefaultAsync<WebhookEndpointRow>(new CommandDefinition(
                WebhookEndpointSql.Select, new { id = delivery.DestinationId }, cancellationToken: cancellationToken));
        }

        if (endpoint is null || endpoint.Status != WebhookEndpointStatus.Active)
            return new DeliveryOutcome(DeliveryOutcomeKind.WillNotSend, null, Stopwatch.GetElapsedTime(started), endpoint is null ? "The endpoint was deleted." : "The endpoint is disabled.");

        var url = await urlGuard.CheckAsync(endpoint.Url, cancellationToken);
        if (!url.IsSuccess)
            return new DeliveryOutcome(DeliveryOutcomeKind.Retry, null, Stopwatch.GetElapsedTime(started), url.Error.Message);

        var now = clock.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url.Value)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("webhook-id", delivery.Id);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", WebhookSignature.Of(delivery.Id, timestamp, delivery.Payload, SigningSecrets(endpoint, now)));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.WebhookTimeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var excerpt = await ReadExcerptAsync(response.Content, timeout.Token);
            return Classify(response, excerpt, Stopwatch.GetElapsedTime(started), now);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.Retry, null, Stopwatch.GetElapsedTime(started), $"No answer within {options.WebhookTimeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException exception)
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.Retry, null, Stopwatch.GetElapsedTime(started), $"{exception.HttpRequestError}: {exception.Message}");
        }
        catch (IOException exception)
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.Retry, null, Stopwatch.GetElapsedTime(started), exception.Message);
        }
    }

    public async Task SettledAsync(IUnitOfWork unitOfWork, DeliveryRow delivery, DeliveryOutcome outcome, bool gaveUp, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case DeliveryOutcomeKind.Delivered:
                await unitOfWork.ExecuteAsync(WebhookEndpointSql.MarkHealthy, new { id = delivery.DestinationId }, cancellationToken);
                return;

            case DeliveryOutcomeKind.Gone:
                if (await EndpointAsync(unitOfWork, delivery.DestinationId, cancellationToken) is { } gone)
                    await disabling.DisableAsync(unitOfWork, gone, WebhookEndpointStatus.Gone, now, cancellationToken);
                return;

            case DeliveryOutcomeKind.Retry:
                await unitOfWork.ExecuteAsync(WebhookEndpointSql.MarkFailing, new { id = delivery.DestinationId, now }, cancellationToken);
                if (await EndpointAsync(unitOfWork, delivery.DestinationId, cancellationToken) is { FailingSince: { } since } failing
                    && now - since >= WebhookRetrySchedule.GiveUpAfter)
                    await disabling.DisableAsync(unitOfWork, failing, WebhookEndpointStatus.Failing, now, cancellationToken);
                return;

            default:
                return;
        }
    }

    /// <summary>The current secret, and during a rotation overlap the previous one as well.</summary>
    private IEnumerable<string> SigningSecrets(WebhookEndpointRow endpoint, DateTimeOffset now)
    {
        yield return secrets.Reveal(endpoint.Secret);
        if (endpoint.PreviousSecret is not null && endpoint.PreviousSecretExpiresAt > now)
            yield return secrets.Reveal(endpoint.PreviousSecret);
    }

    private static DeliveryOutcome Classify(HttpResponseMessage response, string? excerpt, TimeSpan duration, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
            return new DeliveryOutcome(DeliveryOutcomeKind.Delivered, status, duration, ResponseExcerpt: excerpt);
        if (response.StatusCode == HttpStatusCode.Gone)
            return new DeliveryOutcome(DeliveryOutcomeKind.Gone, status, duration, "The receiver answered 410 Gone: the endpoint is disabled.", excerpt);

        var error = status is >= 300 and < 400
            ? "The receiver answered a redirect, which is not followed."
            : $"The receiver answered {status}.";
        return new DeliveryOutcome(DeliveryOutcomeKind.Retry, status, duration, error, excerpt, RetryAfter(response.Headers.RetryAfter, now));
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header?.Delta ?? (header?.Date is { } date ? date - now : null);

    private static async Task<string?> ReadExcerptAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxResponseBytes];
        var read = 0;
        while (read < buffer.Length)
        {
            var count = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (count == 0)
                break;
            read += count;
        }

        if (read == 0)
            return null;
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.Length <= ExcerptCharacters ? text : text[..ExcerptCharacters];
    }

    private static async Task<WebhookEndpointRow?> EndpointAsync(IUnitOfWork unitOfWork, Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.QuerySingleOrDefaultAsync<WebhookEndpointRow>(WebhookEndpointSql.Select, new { id }, cancellationToken);
}

using System.Diagnostics;
using System.Net;
using GovServices.Notifications.Delivery;

namespace GovServices.Notifications.Messages;

/// <summary>What an HTTP provider's answer means for a message: the same reading for the SMS gateway and WhatsApp.</summary>
internal static class ProviderAnswers
{
    public const int MaxExcerpt = 1000;

    /// <summary>Posts once; 2xx accepted, 400/404/422 the contact or message refused for good, anything else retried.</summary>
    public static async Task<DeliveryOutcome> PostAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var excerpt = await ExcerptAsync(response, cancellationToken);
            var code = (int)response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (response.IsSuccessStatusCode)
                return new DeliveryOutcome(DeliveryOutcomeKind.Delivered, code, elapsed, ResponseExcerpt: excerpt);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity)
                return new DeliveryOutcome(DeliveryOutcomeKind.WillNotSend, code, elapsed, $"invalid_contact: the provider refused the message ({code})", excerpt);
            var retryAfter = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
            return new DeliveryOutcome(DeliveryOutcomeKind.Retry, code, elapsed, $"provider answered {code}", excerpt, retryAfter);
        }
        catch (Exception unreachable) when (unreachable is HttpRequestException || (unreachable is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new DeliveryOutcome(DeliveryOutcomeKind.Retry, null, Stopwatch.GetElapsedTime(started), $"provider unreachable: {unreachable.GetType().Name}");
        }
    }

    private static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new char[MaxExcerpt];
        using var reader = new StreamReader(stream);
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return read == 0 ? null : new string(buffer, 0, read);
    }
}

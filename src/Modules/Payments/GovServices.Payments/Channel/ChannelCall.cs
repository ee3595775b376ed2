using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GovServices.Payments.Channel;

/// <summary>A bank channel's call, signature checked, with its body read as <typeparamref name="TRequest"/>.</summary>
internal sealed record ChannelCall<TRequest>(TRequest? Request, SnapAnswer? Refusal, string BodyHash, DateTimeOffset Timestamp)
    where TRequest : class;

/// <summary>Reads a channel call's raw body (the signature covers its bytes), checks the signature, then parses it.</summary>
internal sealed class ChannelCallReader(ChannelSignature signature)
{
    private const int MaxBodyBytes = 64 * 1024;

    public async Task<ChannelCall<TRequest>> ReadAsync<TRequest>(HttpRequest request, string service, CancellationToken cancellationToken)
        where TRequest : class
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBodyBytes)
            return Refused<TRequest>(SnapResponseCode.InvalidFieldFormat.With("body too large"), service);
        var body = buffer.ToArray();

        var refusal = await signature.VerifyAsync(request, body, cancellationToken);
        if (refusal is not null)
            return Refused<TRequest>(refusal, service);

        ChannelSignature.TryParseTimestamp(request.Headers[ChannelSignature.TimestampHeader].ToString(), out var timestamp);
        try
        {
            var parsed = JsonSerializer.Deserialize<TRequest>(body, SnapJson.Options);
            return parsed is null
                ? Refused<TRequest>(SnapResponseCode.InvalidFieldFormat.With("body"), service)
                : new ChannelCall<TRequest>(parsed, null, SnapJson.BodyHash(body), timestamp);
        }
        catch (JsonException)
        {
            return Refused<TRequest>(SnapResponseCode.InvalidFieldFormat.With("body"), service);
        }
    }

    private static ChannelCall<TRequest> Refused<TRequest>(SnapResponseCode code, string service)
        where TRequest : class =>
        new(null, SnapAnswer.Of(code, service), "", default);
}

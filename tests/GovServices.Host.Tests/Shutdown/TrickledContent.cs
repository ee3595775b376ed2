using System.Net;
using System.Net.Http.Headers;

namespace GovServices.Host.Tests.Shutdown;

/// <summary>
/// A form body sent slowly, in pieces, with its <c>Content-Length</c>: the request is in flight on the server for as
/// long as the body takes. <see cref="Started"/> completes once the first piece is out.
/// </summary>
internal sealed class TrickledContent : HttpContent
{
    private const int Pieces = 10;
    private readonly byte[] _body;
    private readonly TimeSpan _duration;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TrickledContent(IEnumerable<KeyValuePair<string, string>> form, TimeSpan duration)
    {
        using var encoded = new FormUrlEncodedContent(form);
        _body = encoded.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        _duration = duration;
        Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
    }

    public Task Started => _started.Task;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var pieceLength = (_body.Length + Pieces - 1) / Pieces;
        for (var offset = 0; offset < _body.Length; offset += pieceLength)
        {
            await stream.WriteAsync(_body.AsMemory(offset, Math.Min(pieceLength, _body.Length - offset)));
            await stream.FlushAsync();
            _started.TrySetResult();
            await Task.Delay(_duration / Pieces);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}

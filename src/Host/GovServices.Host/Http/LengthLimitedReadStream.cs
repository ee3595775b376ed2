namespace GovServices.Host.Http;

/// <summary>
/// A read-only view of a request body that fails like Kestrel does, with a 413
/// <see cref="BadHttpRequestException"/>, once more than the allowed number of bytes has been read.
/// </summary>
internal sealed class LengthLimitedReadStream(Stream inner, long maxBytes) : Stream
{
    private long _bytesRead;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _bytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int bytesRead)
    {
        _bytesRead += bytesRead;
        if (_bytesRead > maxBytes)
        {
            throw new BadHttpRequestException(
                $"The request body is larger than {maxBytes} bytes.",
                StatusCodes.Status413PayloadTooLarge);
        }

        return bytesRead;
    }
}

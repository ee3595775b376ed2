using System.Data.Common;
using System.IO.Compression;
using Dapper;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// An uploaded file read back from its stored pieces, one piece in memory at a time. Pieces stored compressed
/// (<paramref name="compression"/> <c>deflate</c>, ADR 0022) are inflated one by one; older ones are read as stored.
/// </summary>
internal sealed class ImportFileStream(DbConnection connection, Guid jobId, string? compression) : Stream
{
    /// <summary>The value of <c>import_job.file_compression</c> for pieces that are each raw DEFLATE (RFC 1951).</summary>
    public const string Deflate = "deflate";

    private readonly bool _inflate = compression switch
    {
        null => false,
        Deflate => true,
        _ => throw new InvalidDataException($"The import file is stored with an unknown compression '{compression}'."),
    };

    private readonly MemoryStream _inflated = new();
    private byte[] _chunk = [];
    private int _length;
    private int _offset;
    private int _nextChunkNumber;
    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The file's first bytes (up to one piece), without consuming them: enough to recognise a byte order mark.</summary>
    public async Task<ReadOnlyMemory<byte>> PeekStartAsync(CancellationToken cancellationToken)
    {
        if (_offset == _length)
            await LoadNextChunkAsync(cancellationToken);
        return _chunk.AsMemory(_offset, _length - _offset);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offset == _length && !await LoadNextChunkAsync(cancellationToken))
            return 0;

        var count = Math.Min(buffer.Length, _length - _offset);
        _chunk.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // The import reads asynchronously only; blocking on the database here would hide a mistake.
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read the import file asynchronously.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private async Task<bool> LoadNextChunkAsync(CancellationToken cancellationToken)
    {
        if (_ended)
            return false;

        var content = await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
            ResidentImportSql.SelectChunk,
            new { job_id = jobId, chunk_number = _nextChunkNumber },
            cancellationToken: cancellationToken));
        if (content is null)
        {
            _ended = true;
            _chunk = [];
            _length = 0;
            _offset = 0;
            return false;
        }

        _nextChunkNumber++;
        _offset = 0;
        if (!_inflate)
        {
            _chunk = content;
            _length = content.Length;
            return true;
        }

        // Inflated into one buffer that is reused: it grows to the size of the largest piece, no further.
        _inflated.SetLength(0);
        await using (var inflater = new DeflateStream(new MemoryStream(content), CompressionMode.Decompress))
            await inflater.CopyToAsync(_inflated, cancellationToken);
        _chunk = _inflated.GetBuffer();
        _length = (int)_inflated.Length;
        return _length > 0 || await LoadNextChunkAsync(cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _inflated.Dispose();
        base.Dispose(disposing);
    }
}

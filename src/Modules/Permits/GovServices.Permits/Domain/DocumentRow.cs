namespace GovServices.Permits.Domain;

/// <summary>One row of <c>permits.application_document</c>.</summary>
internal sealed class DocumentRow
{
    public Guid Id { get; init; }

    public string DocumentCode { get; init; } = "";

    public string FileName { get; init; } = "";

    public string Format { get; init; } = "";

    public long SizeBytes { get; init; }

    public string Sha256 { get; init; } = "";

    public string StorageKey { get; init; } = "";

    public DateTimeOffset UploadedAt { get; init; }
}

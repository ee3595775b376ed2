namespace GovServices.Permits.Documents;

/// <summary>
/// Where uploaded documents' bytes live, addressed by their content: the same bytes are kept once, and a key always
/// gives back exactly what was stored.
/// </summary>
internal interface IDocumentStore
{
    /// <summary>Stores <paramref name="content"/> and answers its key and SHA-256 (lower-case hex).</summary>
    Task<StoredDocument> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>The content under <paramref name="key"/>, or null when it is not there.</summary>
    Stream? Open(string key);
}

/// <summary>Where the content went and what it hashes to.</summary>
/// <param name="Key">The storage key.</param>
/// <param name="Sha256">The SHA-256 of the content, lower-case hex.</param>
/// <param name="SizeBytes">The number of bytes stored.</param>
internal sealed record StoredDocument(string Key, string Sha256, long SizeBytes);

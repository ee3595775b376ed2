namespace GovServices.BuildingBlocks.Storage;

/// <summary>
/// Where a module's uploaded files live, addressed by their content: the same bytes are kept once, and a key always
/// gives back exactly what was stored. One store per module purpose, declared with
/// <see cref="StorageServiceCollectionExtensions.AddContentStore"/> and injected by its name
/// (<c>[FromKeyedServices(name)]</c>).
/// </summary>
public interface IContentStore
{
    /// <summary>Stores <paramref name="content"/> and answers its key and SHA-256 (lower-case hex).</summary>
    Task<StoredContent> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>The content under <paramref name="key"/>, or null when it is not there.</summary>
    Stream? Open(string key);
}

/// <summary>Where the content went and what it hashes to.</summary>
/// <param name="Key">The storage key.</param>
/// <param name="Sha256">The SHA-256 of the content, lower-case hex.</param>
/// <param name="SizeBytes">The number of bytes stored.</param>
public sealed record StoredContent(string Key, string Sha256, long SizeBytes);

namespace GovServices.Audit.Sealing;

/// <summary>One row of <c>audit_chain_entry</c>: the position the sealer gave a record, and its hashes.</summary>
internal sealed class ChainEntry
{
    public long Position { get; init; }

    public string SourceTable { get; init; } = "";

    public Guid RecordId { get; init; }

    public string ContentHash { get; init; } = "";

    public string EntryHash { get; init; } = "";

    public long BatchNumber { get; init; }
}

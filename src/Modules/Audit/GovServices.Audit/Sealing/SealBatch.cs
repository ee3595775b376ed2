namespace GovServices.Audit.Sealing;

/// <summary>One row of <c>audit_seal_batch</c>: a run of chain positions sealed together, and the chain's hash after it.</summary>
internal sealed class SealBatch
{
    public long BatchNumber { get; init; }

    public long FirstPosition { get; init; }

    public long LastPosition { get; init; }

    public string LastHash { get; init; } = "";

    public int EntryCount { get; init; }

    public DateTimeOffset SealedAt { get; init; }

    public string SealedBy { get; init; } = "";
}

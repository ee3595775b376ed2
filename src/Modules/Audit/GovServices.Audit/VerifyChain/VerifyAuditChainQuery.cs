using GovServices.Audit.Monitoring;
using GovServices.Audit.Sealing;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using Mediator;

namespace GovServices.Audit.VerifyChain;

/// <summary>Recomputes one module's chain from its records and compares it with what was sealed.</summary>
internal sealed record VerifyAuditChainQuery(string Module) : IQuery<Result<ChainVerification>>;

/// <summary>The verification itself is on the record, with its result, before it is answered (ADR 0063).</summary>
internal sealed class VerifyAuditChainHandler(
    AuditTrailCatalog catalog, AuditChainReader chain, AuditChainMetrics metrics, ICurrentActor actor, IAuditTrail auditTrail, IUnitOfWork unitOfWork)
    : IQueryHandler<VerifyAuditChainQuery, Result<ChainVerification>>
{
    public async ValueTask<Result<ChainVerification>> Handle(VerifyAuditChainQuery query, CancellationToken cancellationToken)
    {
        if (AuditorAccess.Denied(actor) is { } denied)
            return denied;
        if (!catalog.Contains(query.Module))
            return AuditorAccess.UnknownModule(query.Module);

        var verification = await VerifyAsync(query.Module, cancellationToken);
        metrics.RecordVerification(verification.Module, verification.Intact);
        await auditTrail.RecordCommittedAsync(
            unitOfWork,
            AuditModule.Schema,
            [new AuditEvent("audit.chain_verified", "audit_trail", verification.Module, Details: new { verification.Intact, breakPosition = verification.Break?.Position })],
            cancellationToken);
        return verification;
    }

    private async Task<ChainVerification> VerifyAsync(string module, CancellationToken cancellationToken)
    {
        var previousHash = ChainHash.Genesis;
        var expectedPosition = 1L;
        SealBatch? lastBatch = null;
        await foreach (var batch in chain.BatchesAsync(module, sealedBetween: null, cancellationToken))
        {
            lastBatch = batch;
            if (batch.FirstPosition != expectedPosition)
                return Broken(module, expectedPosition, batch, new ChainBreak(expectedPosition, null, null, "deleted",
                    $"Batch {batch.BatchNumber} starts at position {batch.FirstPosition}: the chain entries from {expectedPosition} were deleted."));

            await foreach (var (entry, record) in chain.EntriesAsync(module, batch.FirstPosition, batch.LastPosition, cancellationToken))
            {
                if (Check(entry, record, expectedPosition, previousHash) is { } broken)
                    return Broken(module, expectedPosition, batch, broken);
                previousHash = entry.EntryHash;
                expectedPosition++;
            }

            if (expectedPosition != batch.LastPosition + 1)
                return Broken(module, expectedPosition, batch, new ChainBreak(expectedPosition, null, null, "deleted",
                    $"Chain position {expectedPosition} of batch {batch.BatchNumber} has no entry: it was deleted."));
            if (!string.Equals(batch.LastHash, previousHash, StringComparison.Ordinal))
                return Broken(module, expectedPosition, batch, new ChainBreak(batch.LastPosition, null, null, "seal_altered",
                    $"The seal of batch {batch.BatchNumber} does not match the chain's hash at position {batch.LastPosition}."));
        }

        return new ChainVerification(module, true, expectedPosition - 1, SealOf(lastBatch), null);
    }

    private static ChainBreak? Check(ChainEntry entry, SealedRecord? record, long expectedPosition, string previousHash)
    {
        if (entry.Position != expectedPosition)
            return new ChainBreak(expectedPosition, null, null, "deleted",
                $"Chain position {expectedPosition} has no entry: it was deleted.");
        if (record is null)
            return new ChainBreak(entry.Position, entry.SourceTable, entry.RecordId, "deleted",
                $"The {entry.SourceTable} record {entry.RecordId} sealed at position {entry.Position} no longer exists.");
        if (!string.Equals(ChainHash.Content(record), entry.ContentHash, StringComparison.Ordinal))
            return new ChainBreak(entry.Position, entry.SourceTable, entry.RecordId, "edited",
                $"The {entry.SourceTable} record {entry.RecordId} sealed at position {entry.Position} was changed after sealing.");
        if (!string.Equals(ChainHash.Entry(previousHash, entry.ContentHash), entry.EntryHash, StringComparison.Ordinal))
            return new ChainBreak(entry.Position, entry.SourceTable, entry.RecordId, "reordered",
                $"The {entry.SourceTable} record {entry.RecordId} is intact but does not follow position {entry.Position - 1} in the chain: entries were moved or replaced.");
        return null;
    }

    private static ChainVerification Broken(string module, long expectedPosition, SealBatch batch, ChainBreak broken) =>
        new(module, false, expectedPosition - 1, SealOf(batch), broken);

    private static ChainSeal? SealOf(SealBatch? batch) =>
        batch is null ? null : new ChainSeal(batch.BatchNumber, batch.FirstPosition, batch.LastPosition, batch.LastHash, batch.SealedAt);
}

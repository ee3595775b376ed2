using System.Runtime.CompilerServices;
using Dapper;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Audit.Sealing;

/// <summary>
/// Walks a module's sealed chain page by page, batch by batch, each entry with the record it points at, so that
/// verification and exports of any length run in constant memory. Sealed rows never change, so the pages need no
/// common transaction.
/// </summary>
internal sealed class AuditChainReader(IDbConnectionFactory connections, AuditTrailCatalog catalog)
{
    private const int PageSize = 500;

    /// <summary>The module's batches in order; with a time range, those sealed in [from, until).</summary>
    public async IAsyncEnumerable<SealBatch> BatchesAsync(
        string module, (DateTimeOffset From, DateTimeOffset Until)? sealedBetween, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0L;
        while (true)
        {
            List<SealBatch> page;
            await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
            {
                page = (await connection.QueryAsync<SealBatch>(new CommandDefinition(
                    sealedBetween is null
                        ? AuditChainSql.SelectBatchesAfter(module, connections.Dialect)
                        : AuditChainSql.SelectBatchesSealedBetween(module, connections.Dialect),
                    new { after, page_size = PageSize, from = sealedBetween?.From, until = sealedBetween?.Until },
                    cancellationToken: cancellationToken))).ToList();
            }

            foreach (var batch in page)
                yield return batch;
            if (page.Count < PageSize)
                yield break;
            after = page[^1].BatchNumber;
        }
    }

    /// <summary>
    /// The chain entries from <paramref name="firstPosition"/> through <paramref name="lastPosition"/>, each with its
    /// record (null when the record is gone).
    /// </summary>
    public async IAsyncEnumerable<(ChainEntry Entry, SealedRecord? Record)> EntriesAsync(
        string module, long firstPosition, long lastPosition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var after = firstPosition - 1; after < lastPosition; after += PageSize)
        {
            var through = Math.Min(after + PageSize, lastPosition);
            List<ChainEntry> page;
            var records = new Dictionary<long, SealedRecord>();
            await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
            {
                page = (await connection.QueryAsync<ChainEntry>(new CommandDefinition(
                    AuditChainSql.SelectEntries(module), new { after, through }, cancellationToken: cancellationToken))).ToList();

                // An entry naming a table nobody declares cannot be checked: it shows as a missing record.
                foreach (var table in catalog.TablesOf(module))
                {
                    foreach (var (position, record) in await AuditRecordReader.ReadSealedAsync(connection, table, after, through, cancellationToken))
                        records[position] = record;
                }
            }

            foreach (var entry in page)
                yield return (entry, records.GetValueOrDefault(entry.Position));
        }
    }

    /// <summary>The entry hash just before <paramref name="position"/>: what the chain continues from.</summary>
    public async Task<string?> HashBeforeAsync(string module, long position, CancellationToken cancellationToken)
    {
        if (position <= 1)
            return ChainHash.Genesis;

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            AuditChainSql.SelectEntryHash(module), new { position = position - 1 }, cancellationToken: cancellationToken));
    }
}

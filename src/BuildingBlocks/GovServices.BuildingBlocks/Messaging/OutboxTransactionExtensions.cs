using System.Data.Common;
using Dapper;

namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// The outbox for code that owns its connection and transaction instead of a unit of work (a background job such as
/// the resident import): the same row as <see cref="IOutbox"/> writes, in the caller's transaction, so the event still
/// exists exactly when the change that caused it was committed.
/// </summary>
public static class OutboxTransactionExtensions
{
    /// <summary>Writes <paramref name="integrationEvent"/> into <paramref name="schema"/>'s outbox inside <paramref name="transaction"/>.</summary>
    public static Task EnqueueAsync<TEvent>(
        this DbTransaction transaction, string schema, TEvent integrationEvent, DateTimeOffset now, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has ended.");
        return connection.ExecuteAsync(new CommandDefinition(
            OutboxSql.Enqueue(schema), Outbox.Row(integrationEvent, now), transaction, cancellationToken: cancellationToken));
    }
}

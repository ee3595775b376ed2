using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace GovServices.Identity.Server.Revocations;

/// <summary>
/// Applies this instance's own revocations to its <see cref="TokenStatusCache"/> as they are written through the
/// identity context, so a token revoked here is refused here at its next call (the revocation feed brings them to
/// the other instances, and here too, within a second: ADR 0073). Tokens and authorizations saved through the change
/// tracker are evicted by id; OpenIddict's bulk revocations (by client, by subject) and prunes run as
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, which name no rows, so they clear the cache.
/// Evicting before the commit is safe: a status read before the eviction is not kept
/// (<see cref="TokenStatusCache.Generation"/>), and one read between the eviction and the commit is evicted again when
/// the feed brings the committed revocation.
/// </summary>
internal sealed class LocalRevocationInterceptor(TokenStatusCache cache) : DbCommandInterceptor, ISaveChangesInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        ClearAfterBulkRevocation(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        ClearAfterBulkRevocation(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ClearAfterBulkRevocation(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ClearAfterBulkRevocation(command, eventData);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        EvictRevoked(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        EvictRevoked(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void ClearAfterBulkRevocation(DbCommand command, CommandExecutedEventData eventData)
    {
        if (eventData.CommandSource is CommandSource.ExecuteUpdate or CommandSource.ExecuteDelete
            && (command.CommandText.Contains("OpenIddictTokens", StringComparison.Ordinal)
                || command.CommandText.Contains("OpenIddictAuthorizations", StringComparison.Ordinal)))
        {
            cache.Clear();
        }
    }

    // Before the save, while the entries' states are still known.
    private void EvictRevoked(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case OpenIddictEntityFrameworkCoreToken token when Revoked(entry, token.Status):
                    cache.EvictToken(token.Id!);
                    break;
                case OpenIddictEntityFrameworkCoreAuthorization authorization when Revoked(entry, authorization.Status):
                    cache.EvictAuthorization(authorization.Id!);
                    break;
            }
        }
    }

    private static bool Revoked(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, string? status) =>
        entry.State == EntityState.Deleted
        || (entry.State == EntityState.Modified && status != OpenIddictConstants.Statuses.Valid);
}

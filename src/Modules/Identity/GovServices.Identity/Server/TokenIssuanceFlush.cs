using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovServices.Identity.Server;

/// <summary>
/// Every <see cref="GovIdentityOptions.TokenCountFlushInterval"/>, adds the <see cref="TokenIssuanceTally"/>'s counts
/// to <c>identity.token_issuance</c> in one transaction, and once more when the host stops. A count that could not be
/// written goes back to the tally for the next flush; a killed process loses what it counted since its last flush,
/// never more (ADR 0063).
/// </summary>
internal sealed partial class TokenIssuanceFlush(
    TokenIssuanceTally tally, IServiceScopeFactory scopes, GovIdentityOptions options, TimeProvider clock, ILogger<TokenIssuanceFlush> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.TokenCountFlushInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await FlushLoggingFailureAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last flush follows in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await FlushLoggingFailureAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown time ran out (on SQLite, waiting for the writer's turn): the counts since the last
            // flush are lost, as a killed instance's are (ADR 0063); the stop itself must not fail for it.
            LogLastFlushCancelled();
        }
    }

    /// <summary>Writes what the tally holds; answers how many rows were added to.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        var counts = tally.Drain();
        if (counts.Count == 0)
            return 0;

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(cancellationToken);
            var insert = unitOfWork.Dialect.InsertIfAbsent(TokenIssuanceSql.Table, TokenIssuanceSql.Columns, TokenIssuanceSql.Key);
            foreach (var (key, count) in counts.OrderBy(pair => pair.Key.HourStart).ThenBy(pair => pair.Key.ClientId, StringComparer.Ordinal).ThenBy(pair => pair.Key.GrantType, StringComparer.Ordinal))
            {
                var row = new
                {
                    hour_start = key.HourStart,
                    client_id = key.ClientId,
                    grant_type = key.GrantType,
                    token_count = count.Tokens,
                    last_issued_at = count.LastIssuedAt,
                };
                if (await unitOfWork.ExecuteAsync(TokenIssuanceSql.Add, row, cancellationToken) > 0)
                    continue;
                if (await unitOfWork.ExecuteAsync(insert, row, cancellationToken) > 0)
                    continue;
                // Another instance inserted the row between our update and our insert: it exists now.
                await unitOfWork.ExecuteAsync(TokenIssuanceSql.Add, row, cancellationToken);
            }

            await unitOfWork.CommitAsync(cancellationToken);
            return counts.Count;
        }
        catch
        {
            tally.Return(counts);
            throw;
        }
    }

    private async Task FlushLoggingFailureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFlushFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host stopped before the last token issuance counts were written; they are lost")]
    private partial void LogLastFlushCancelled();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Token issuance counts could not be written; they are kept for the next flush")]
    private partial void LogFlushFailed(Exception exception);
}

using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Hosting;

namespace GovServices.Payments.Channel;

/// <summary>
/// Writes the channels' signing keys from configuration (<c>Payments:Channels</c>) into <c>payments.channel</c> at
/// start-up, so every host instance verifies against the same keys (see docs/adr/0011).
/// </summary>
internal sealed class ChannelKeySync(IDbConnectionFactory connections, PaymentsOptions options, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var channels = options.Channels.Where(channel => channel.Value.SigningKey.Length > 0).ToList();
        if (channels.Count == 0)
            return;

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var upsert = connections.Dialect.Upsert(ChannelKeySql.Table, ChannelKeySql.Columns, ChannelKeySql.Key);
        foreach (var (clientId, channel) in channels)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                upsert,
                new { client_id = clientId, signing_key = channel.SigningKey, updated_at = clock.GetUtcNow() },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

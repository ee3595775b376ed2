using Dapper;
using GovServices.BuildingBlocks.Data;
using Microsoft.Extensions.Hosting;

namespace GovServices.Payments.Channel;

/// <summary>
/// At start-up, writes the channels' signing keys from configuration (<c>Payments:Channels</c>) into
/// <c>payments.channel</c>, protected, so every host instance verifies against the same keys (docs/adr/0011), and
/// protects the keys still kept in clear by earlier versions, so none is lost (docs/adr/0020).
/// </summary>
internal sealed class ChannelKeySync(
    IDbConnectionFactory connections, ChannelKeyProtection protection, PaymentsOptions options, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // In line with the process's writers on SQLite (ADR 0021): other hosted services write while the host starts.
        await using var turn = await connections.WaitForWriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var upsert = connections.Dialect.Upsert(ChannelKeySql.Table, ChannelKeySql.Columns, ChannelKeySql.Key);
        foreach (var (clientId, channel) in options.Channels.Where(channel => channel.Value.SigningKey.Length > 0))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                upsert,
                new
                {
                    client_id = clientId,
                    signing_key = protection.Protect(channel.SigningKey),
                    key_protection = ChannelKeySql.DataProtection,
                    updated_at = now,
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        var unprotected = await connection.QueryAsync<ChannelKeyRow>(new CommandDefinition(
            ChannelKeySql.SelectUnprotected, new { unprotected = ChannelKeySql.Unprotected }, transaction, cancellationToken: cancellationToken));
        foreach (var row in unprotected.ToList())
        {
            await connection.ExecuteAsync(new CommandDefinition(
                ChannelKeySql.Protect,
                new
                {
                    client_id = row.ClientId,
                    signing_key = protection.Protect(row.SigningKey),
                    data_protection = ChannelKeySql.DataProtection,
                    unprotected = ChannelKeySql.Unprotected,
                    updated_at = now,
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.AccessTrail;
using Mediator;

namespace GovServices.CivilRegistry.RegistryActivity;

/// <summary>Verifications and lookups per client in the last hour and day, the no-match share, the last import.</summary>
internal sealed record GetRegistryActivityQuery : IQuery<RegistryActivity>;

internal sealed class GetRegistryActivityHandler(IDbConnectionFactory connections, TimeProvider clock)
    : IQueryHandler<GetRegistryActivityQuery, RegistryActivity>
{
    private static readonly string[] NoMatch = [nameof(AccessResult.NotFound), nameof(AccessResult.Mismatched)];

    public async ValueTask<RegistryActivity> Handle(GetRegistryActivityQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var hour = await CountAsync(connection, now.AddHours(-1), cancellationToken);
        var day = await CountAsync(connection, now.AddDays(-1), cancellationToken);
        var lastImport = await connection.QuerySingleOrDefaultAsync<ImportSummary>(new CommandDefinition(
            RegistryActivitySql.SelectLastImport(connections.Dialect), new { limit = 1 }, cancellationToken: cancellationToken));

        var verifications = day.Sum(client => client.Verifications);
        double? noMatchShare = verifications == 0 ? null : Math.Round((double)day.Sum(client => client.NoMatch) / verifications, 4);
        return new RegistryActivity(now, hour, day, noMatchShare, lastImport);
    }

    private static async Task<IReadOnlyList<ClientActivity>> CountAsync(System.Data.Common.DbConnection connection, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<CountRow>(new CommandDefinition(RegistryActivitySql.CountSince, new { since }, cancellationToken: cancellationToken));
        return [.. rows
            .GroupBy(row => row.ClientId ?? "-", StringComparer.Ordinal)
            .Select(client => new ClientActivity(
                client.Key,
                client.Where(row => row.Action == nameof(AccessAction.Verification)).Sum(row => row.Count),
                client.Where(row => row.Action == nameof(AccessAction.Verification) && NoMatch.Contains(row.Result)).Sum(row => row.Count),
                client.Where(row => row.Action == nameof(AccessAction.Lookup)).Sum(row => row.Count)))
            .OrderByDescending(client => client.Verifications + client.Lookups)
            .ThenBy(client => client.Client, StringComparer.Ordinal)];
    }

    private sealed class CountRow
    {
        public string? ClientId { get; init; }

        public string Action { get; init; } = "";

        public string Result { get; init; } = "";

        public long Count { get; init; }
    }
}

using System.Data.Common;
using Npgsql;

namespace GovServices.BuildingBlocks.Data;

internal sealed class PostgreSqlConnectionFactory(NpgsqlDataSource dataSource) : IDbConnectionFactory
{
    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public ISqlDialect Dialect { get; } = new PostgreSqlDialect();

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        await dataSource.OpenConnectionAsync(cancellationToken);
}

using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace GovServices.BuildingBlocks.Data;

internal sealed class SqlServerConnectionFactory(string connectionString) : IDbConnectionFactory
{
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public ISqlDialect Dialect { get; } = new SqlServerDialect();

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

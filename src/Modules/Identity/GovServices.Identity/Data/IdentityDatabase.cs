using GovServices.BuildingBlocks.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GovServices.Identity.Data;

/// <summary>Points the identity context at the configured database, in the <c>identity</c> schema.</summary>
internal static class IdentityDatabase
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                // EF Core's SQLite provider knows no schemas: it opens the schema's own file as its main database,
                // the same file the rest of the system attaches as "identity" (ADR 0004).
                options.UseSqlite(new SqliteConnectionStringBuilder
                {
                    DataSource = Path.Combine(Path.GetFullPath(database.DataDirectory), IdentityModule.Schema + ".db"),
                    ForeignKeys = true,
                    DefaultTimeout = 30,
                }.ToString());
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(database.ConnectionString);
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(database.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        options.UseOpenIddict();
        options.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
    }
}

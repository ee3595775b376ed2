using System.Data.Common;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.Domain;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// Writes one batch of an import by NIK: new residents inserted, changed ones updated (their version raised),
/// identical ones left alone. Each database gets the way that is fastest there (ADR 0022); all give the same result.
/// </summary>
internal interface IResidentUpsert
{
    /// <summary><paramref name="residents"/> hold each NIK once.</summary>
    Task<ResidentUpsertCounts> UpsertAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<Resident> residents, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Readies the connection an import writes all its batches on; <see cref="RestoreAsync"/> undoes it.</summary>
    Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Leaves the connection as the pool expects it, before it goes back there.</summary>
    Task RestoreAsync(DbConnection connection) => Task.CompletedTask;

    public static IResidentUpsert For(DatabaseProvider provider, ResidentImportOptions options) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteResidentUpsert(options.SqliteCacheMegabytes),
        DatabaseProvider.PostgreSql => new PostgreSqlResidentUpsert(),
        _ => new SqlServerResidentUpsert(),
    };
}

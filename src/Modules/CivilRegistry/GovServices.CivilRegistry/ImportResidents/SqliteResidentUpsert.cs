using System.Data;
using System.Data.Common;
using System.Globalization;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.Domain;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// SQLite: <see cref="ResidentImportSql.UpsertResident"/> prepared once per batch and run once per row with its
/// parameters rebound, the way SQLite loads fastest. Plain ADO.NET rather than Dapper: Dapper would build eighteen
/// parameter objects for every row, which cost more than SQLite's own work.
/// </summary>
internal sealed class SqliteResidentUpsert(int cacheMegabytes) : IResidentUpsert
{
    // Rows arrive in random NIK order, so each batch dirties pages all over both indexes, and a checkpoint after
    // every batch copies most of them into the file again. Every 40 MB of log instead copies each page once per
    // several batches; any other writer's commit still checkpoints at SQLite's default.
    private const int ImportCheckpointPages = 10_000;

    private long _pooledCacheSize;
    private long _pooledCheckpointPages;

    /// <summary>
    /// Gives the import's connection a larger page cache for the resident table's two indexes (NIK and KK): rows
    /// arrive in random NIK order, and with the default 2 MB nearly every row reads two index pages back from the
    /// file. The memory is held only while the import runs. Checkpoints come less often, see above.
    /// </summary>
    public async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // What the pool gave the connection (Database:SqliteCacheKibibytes, ADR 0023) is what it gets back.
        command.CommandText = $"PRAGMA {CivilRegistryModule.Schema}.cache_size";
        _pooledCacheSize = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA wal_autocheckpoint";
        _pooledCheckpointPages = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        command.CommandText = $"PRAGMA {CivilRegistryModule.Schema}.cache_size = -{cacheMegabytes * 1024}";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = $"PRAGMA wal_autocheckpoint = {ImportCheckpointPages}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RestoreAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA {CivilRegistryModule.Schema}.cache_size = {_pooledCacheSize}");
        await command.ExecuteNonQueryAsync();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA wal_autocheckpoint = {_pooledCheckpointPages}");
        await command.ExecuteNonQueryAsync();
    }

    public Task<ResidentUpsertCounts> UpsertAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<Resident> residents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ResidentImportSql.UpsertResident;
        var values = ResidentSql.Columns.Select(column => Parameter(command, column)).ToArray();
        // Stored as DapperTypeHandlers stores times on SQLite, so that reads through Dapper see the same value.
        Parameter(command, "updated_at").Value = DapperTypeHandlers.ToSqliteText(now);
        command.Prepare();

        var versions = new List<int>(residents.Count);
        // In NIK order, each index page the batch needs is visited once rather than again and again.
        foreach (var resident in residents.OrderBy(resident => resident.Nik, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Bind(values, resident);
            // Microsoft.Data.Sqlite runs every command synchronously, its async methods included.
            if (command.ExecuteScalar() is long version)
                versions.Add((int)version);
        }

        return Task.FromResult(ResidentUpsertCounts.FromVersions(versions, residents.Count));
    }

    private static DbParameter Parameter(DbCommand command, string column)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + column;
        parameter.DbType = DbType.String;
        command.Parameters.Add(parameter);
        return parameter;
    }

    // In the order of ResidentSql.Columns, with the stored forms of ResidentSql.AddParameters.
    private static void Bind(DbParameter[] values, Resident resident)
    {
        values[0].Value = resident.Nik;
        values[1].Value = resident.Kk;
        values[2].Value = resident.FullName;
        values[3].Value = resident.BirthPlace;
        values[4].Value = resident.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        values[5].Value = resident.Sex.ToString();
        values[6].Value = resident.Religion;
        values[7].Value = resident.MaritalStatus;
        values[8].Value = (object?)resident.Occupation ?? DBNull.Value;
        values[9].Value = (object?)resident.Street ?? DBNull.Value;
        values[10].Value = resident.Rt;
        values[11].Value = resident.Rw;
        values[12].Value = (object?)resident.KelurahanCode ?? DBNull.Value;
        values[13].Value = resident.Kelurahan;
        values[14].Value = (object?)resident.KecamatanCode ?? DBNull.Value;
        values[15].Value = resident.Kecamatan;
        values[16].Value = resident.Status.ToString();
    }
}

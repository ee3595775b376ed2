using System.Data.Common;
using System.Globalization;
using Dapper;
using GovServices.CivilRegistry.Domain;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// SQL Server: reads the batch's stored residents by NIK, then inserts the new ones a hundred rows a statement and
/// updates the changed ones. SQL Server has no <c>ON CONFLICT</c>; the comparison happens here instead.
/// </summary>
internal sealed class SqlServerResidentUpsert : IResidentUpsert
{
    // Eighteen parameters a row: 100 rows stay under SQL Server's 2,100 parameters a statement.
    private const int RowsPerStatement = 100;

    public async Task<ResidentUpsertCounts> UpsertAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<Resident> residents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, Resident>(StringComparer.Ordinal);
        foreach (var chunk in residents.Chunk(RowsPerStatement))
        {
            var parameters = new DynamicParameters();
            for (var index = 0; index < chunk.Length; index++)
                parameters.Add("nik" + index.ToString(CultureInfo.InvariantCulture), chunk[index].Nik);
            foreach (var stored in await connection.QueryAsync<Resident>(new CommandDefinition(
                         ResidentSql.SelectByNiks(chunk.Length), parameters, transaction, cancellationToken: cancellationToken)))
                existing[stored.Nik] = stored;
        }

        var inserts = residents.Where(resident => !existing.ContainsKey(resident.Nik)).ToList();
        var updates = residents.Where(resident => existing.TryGetValue(resident.Nik, out var stored) && !stored.HasSameValuesAs(resident)).ToList();

        foreach (var rows in inserts.Chunk(RowsPerStatement))
        {
            var parameters = new DynamicParameters(new { updated_at = now });
            for (var index = 0; index < rows.Length; index++)
                ResidentSql.AddParameters(parameters, rows[index], index.ToString(CultureInfo.InvariantCulture));
            await connection.ExecuteAsync(new CommandDefinition(ResidentSql.InsertRows(rows.Length), parameters, transaction, cancellationToken: cancellationToken));
        }

        if (updates.Count > 0)
        {
            var rows = updates.Select(resident =>
            {
                var parameters = new DynamicParameters(new { updated_at = now });
                ResidentSql.AddParameters(parameters, resident, "");
                return parameters;
            }).ToList();
            await connection.ExecuteAsync(new CommandDefinition(ResidentSql.Update, rows, transaction, cancellationToken: cancellationToken));
        }

        return new ResidentUpsertCounts(inserts.Count, updates.Count, residents.Count - inserts.Count - updates.Count);
    }
}

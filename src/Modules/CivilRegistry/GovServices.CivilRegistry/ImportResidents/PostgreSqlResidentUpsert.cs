using System.Data.Common;
using System.Globalization;
using Dapper;
using GovServices.CivilRegistry.Domain;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>
/// PostgreSQL: the whole batch in one <see cref="ResidentImportSql.UpsertResidentArrays"/>, each column sent as one
/// array (Dapper hands arrays to Npgsql as they are), so the batch costs one round trip and one statement.
/// </summary>
internal sealed class PostgreSqlResidentUpsert : IResidentUpsert
{
    public async Task<ResidentUpsertCounts> UpsertAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<Resident> residents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (residents.Count == 0)
            return default;

        string?[] Column(Func<Resident, string?> value) => residents.Select(value).ToArray();

        var parameters = new DynamicParameters(new { updated_at = now });
        parameters.Add("nik", Column(resident => resident.Nik));
        parameters.Add("kk", Column(resident => resident.Kk));
        parameters.Add("full_name", Column(resident => resident.FullName));
        parameters.Add("birth_place", Column(resident => resident.BirthPlace));
        parameters.Add("birth_date", Column(resident => resident.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        parameters.Add("sex", Column(resident => resident.Sex.ToString()));
        parameters.Add("religion", Column(resident => resident.Religion));
        parameters.Add("marital_status", Column(resident => resident.MaritalStatus));
        parameters.Add("occupation", Column(resident => resident.Occupation));
        parameters.Add("street", Column(resident => resident.Street));
        parameters.Add("rt", Column(resident => resident.Rt));
        parameters.Add("rw", Column(resident => resident.Rw));
        parameters.Add("kelurahan_code", Column(resident => resident.KelurahanCode));
        parameters.Add("kelurahan", Column(resident => resident.Kelurahan));
        parameters.Add("kecamatan_code", Column(resident => resident.KecamatanCode));
        parameters.Add("kecamatan", Column(resident => resident.Kecamatan));
        parameters.Add("status", Column(resident => resident.Status.ToString()));

        var versions = await connection.QueryAsync<int>(new CommandDefinition(
            ResidentImportSql.UpsertResidentArrays, parameters, transaction, cancellationToken: cancellationToken));
        return ResidentUpsertCounts.FromVersions(versions, residents.Count);
    }
}

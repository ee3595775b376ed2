using System.Collections.Concurrent;
using System.Text;

namespace GovServices.CivilRegistry.Domain;

/// <summary>The resident table's SQL, in one place so that tests parse it for every dialect.</summary>
internal static class ResidentSql
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "nik", "kk", "full_name", "birth_place", "birth_date", "sex", "religion", "marital_status", "occupation",
        "street", "rt", "rw", "kelurahan_code", "kelurahan", "kecamatan_code", "kecamatan", "status",
    ];

    public const string Count = "SELECT COUNT(*) FROM civil_registry.resident";

    // NIK columns are char(16), and drivers send a string parameter as text (PostgreSQL) or nvarchar (SQL Server):
    // compared as text, no index serves the comparison, and PostgreSQL read all 1,000,000 residents for every
    // verification (docs/benchmarks.md). Cast to the column's type, the primary key answers on every database.
    public const string SelectByNik =
        """
        SELECT nik, kk, full_name, birth_place, birth_date, sex, religion, marital_status, occupation,
               street, rt, rw, kelurahan_code, kelurahan, kecamatan_code, kecamatan, status
        FROM civil_registry.resident
        WHERE nik = CAST(@nik AS char(16))
        """;

    /// <summary>
    /// The residents with any of <paramref name="count"/> NIKs, given as <c>@nik0</c> … <c>@nik{count-1}</c>. The
    /// parameters are numbered here rather than expanded by Dapper, which sends a PostgreSQL array instead.
    /// </summary>
    public static string SelectByNiks(int count) =>
        $"""
        SELECT nik, kk, full_name, birth_place, birth_date, sex, religion, marital_status, occupation,
               street, rt, rw, kelurahan_code, kelurahan, kecamatan_code, kecamatan, status
        FROM civil_registry.resident
        WHERE nik IN ({string.Join(", ", Enumerable.Range(0, count).Select(index => $"CAST(@nik{index} AS char(16))"))})
        """;

    public const string Update =
        """
        UPDATE civil_registry.resident
        SET kk = @kk,
            full_name = @full_name,
            birth_place = @birth_place,
            birth_date = @birth_date,
            sex = @sex,
            religion = @religion,
            marital_status = @marital_status,
            occupation = @occupation,
            street = @street,
            rt = @rt,
            rw = @rw,
            kelurahan_code = @kelurahan_code,
            kelurahan = @kelurahan,
            kecamatan_code = @kecamatan_code,
            kecamatan = @kecamatan,
            status = @status,
            updated_at = @updated_at,
            version = version + 1
        WHERE nik = CAST(@nik AS char(16))
        """;

    private static readonly ConcurrentDictionary<int, string> InsertsByRowCount = new();

    /// <summary>
    /// One INSERT of <paramref name="rowCount"/> rows, with parameters <c>@nik0</c>, <c>@kk0</c>, … <c>@status{n-1}</c>,
    /// <c>@updated_at</c>. Multi-row VALUES is the same text on every provider.
    /// </summary>
    public static string InsertRows(int rowCount) => InsertsByRowCount.GetOrAdd(rowCount, count =>
    {
        var sql = new StringBuilder()
            .Append("INSERT INTO civil_registry.resident (")
            .AppendJoin(", ", Columns)
            .AppendLine(", updated_at, version)")
            .AppendLine("VALUES");
        for (var row = 0; row < count; row++)
        {
            sql.Append("    (")
                .AppendJoin(", ", Columns.Select(column => $"@{column}{row}"))
                .Append(", @updated_at, 1)")
                .AppendLine(row < count - 1 ? "," : "");
        }

        return sql.ToString();
    });

    /// <summary>The parameters of one resident, for <see cref="Update"/> (with <paramref name="suffix"/> empty) or a row of <see cref="InsertRows"/>.</summary>
    public static void AddParameters(Dapper.DynamicParameters parameters, Resident resident, string suffix)
    {
        parameters.Add("nik" + suffix, resident.Nik);
        parameters.Add("kk" + suffix, resident.Kk);
        parameters.Add("full_name" + suffix, resident.FullName);
        parameters.Add("birth_place" + suffix, resident.BirthPlace);
        parameters.Add("birth_date" + suffix, resident.BirthDate);
        parameters.Add("sex" + suffix, resident.Sex.ToString());
        parameters.Add("religion" + suffix, resident.Religion);
        parameters.Add("marital_status" + suffix, resident.MaritalStatus);
        parameters.Add("occupation" + suffix, resident.Occupation);
        parameters.Add("street" + suffix, resident.Street);
        parameters.Add("rt" + suffix, resident.Rt);
        parameters.Add("rw" + suffix, resident.Rw);
        parameters.Add("kelurahan_code" + suffix, resident.KelurahanCode);
        parameters.Add("kelurahan" + suffix, resident.Kelurahan);
        parameters.Add("kecamatan_code" + suffix, resident.KecamatanCode);
        parameters.Add("kecamatan" + suffix, resident.Kecamatan);
        parameters.Add("status" + suffix, resident.Status.ToString());
    }
}

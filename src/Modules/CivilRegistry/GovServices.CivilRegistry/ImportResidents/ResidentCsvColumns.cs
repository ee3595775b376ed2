using GovServices.BuildingBlocks.Localisation;
using Sylvan.Data.Csv;

namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>The columns of a resident CSV file, found by header name in any order and any case.</summary>
internal sealed class ResidentCsvColumns
{
    public const string Nik = "nik";
    public const string Kk = "kk";
    public const string FullName = "full_name";
    public const string BirthPlace = "birth_place";
    public const string BirthDate = "birth_date";
    public const string Sex = "sex";
    public const string Religion = "religion";
    public const string MaritalStatus = "marital_status";
    public const string Occupation = "occupation";
    public const string Street = "street";
    public const string Rt = "rt";
    public const string Rw = "rw";
    public const string Kelurahan = "kelurahan";
    public const string Kecamatan = "kecamatan";
    public const string Status = "status";

    public static readonly IReadOnlyList<string> All =
        [Nik, Kk, FullName, BirthPlace, BirthDate, Sex, Religion, MaritalStatus, Occupation, Street, Rt, Rw, Kelurahan, Kecamatan, Status];

    private readonly Dictionary<string, int> _ordinals;

    private ResidentCsvColumns(Dictionary<string, int> ordinals, int count)
    {
        _ordinals = ordinals;
        Count = count;
    }

    /// <summary>How many fields the header has, and so every row must have.</summary>
    public int Count { get; }

    public int this[string column] => _ordinals[column];

    /// <summary>Reads the header; on failure, one error per wrong or missing column.</summary>
    public static (ResidentCsvColumns? Columns, IReadOnlyList<ImportError> Errors) Read(CsvDataReader csv)
    {
        const int headerRow = 1;
        var errors = new List<ImportError>();
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < csv.FieldCount; ordinal++)
        {
            var name = csv.GetName(ordinal).Trim().ToLowerInvariant();
            if (name.Contains('\uFFFD', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal))
                errors.Add(new ImportError(headerRow, null, Bilingual.Pick("The header is not UTF-8 text: save the file as CSV UTF-8.", "Baris judul bukan teks UTF-8: simpan berkas sebagai CSV UTF-8.")));
            else if (!All.Contains(name))
                errors.Add(new ImportError(headerRow, name, Bilingual.Pick($"Unknown column '{name}'. The columns are: {string.Join(", ", All)}.", $"Kolom '{name}' tidak dikenal. Kolom yang ada: {string.Join(", ", All)}.")));
            else if (!ordinals.TryAdd(name, ordinal))
                errors.Add(new ImportError(headerRow, name, Bilingual.Pick($"Column '{name}' appears more than once.", $"Kolom '{name}' muncul lebih dari sekali.")));
        }

        errors.AddRange(All
            .Where(column => !ordinals.ContainsKey(column))
            .Select(column => new ImportError(headerRow, column, Bilingual.Pick($"The header has no column '{column}'.", $"Baris judul tidak memuat kolom '{column}'."))));

        return errors.Count == 0 ? (new ResidentCsvColumns(ordinals, csv.FieldCount), errors) : (null, errors.DistinctBy(error => (error.Field, error.Reason)).ToList());
    }
}

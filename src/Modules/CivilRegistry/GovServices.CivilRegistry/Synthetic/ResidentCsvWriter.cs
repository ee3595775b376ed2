using System.Globalization;
using GovServices.CivilRegistry.Domain;
using GovServices.CivilRegistry.ImportResidents;

namespace GovServices.CivilRegistry.Synthetic;

/// <summary>Writes residents in the import's CSV format (RFC 4180, header first), for demo data and benchmarks.</summary>
internal static class ResidentCsvWriter
{
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Resident> residents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(string.Join(',', ResidentCsvColumns.All) + "\r\n");
        foreach (var resident in residents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(Line(resident));
        }
    }

    public static string Line(Resident resident) => string.Join(',', new[]
    {
        resident.Nik,
        resident.Kk,
        resident.FullName,
        resident.BirthPlace,
        resident.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        resident.Sex == Contracts.Sex.Female ? "P" : "L",
        resident.Religion,
        resident.MaritalStatus,
        resident.Occupation ?? "",
        resident.Street ?? "",
        resident.Rt,
        resident.Rw,
        resident.Kelurahan,
        resident.Kecamatan,
        resident.Status.ToString().ToLowerInvariant(),
    }.Select(Quote)) + "\r\n";

    // RFC 4180: a field with a comma, a quote or a line break is quoted, and its quotes doubled.
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}

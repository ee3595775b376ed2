using System.Text;
using GovServices.CivilRegistry.Domain;
using GovServices.CivilRegistry.Synthetic;

namespace GovServices.Bench;

/// <summary>
/// The residents of every run: the civil registry's own synthetic generator with a fixed seed and date, so the seeded
/// table and the import file of scenario 8 hold the same people, run after run.
/// </summary>
internal static class BenchResidents
{
    private const int Seed = 8;
    private static readonly DateOnly GeneratedOn = new(2026, 12, 1);

    public static IEnumerable<Resident> Generate(int count) => new SyntheticResidentGenerator(Seed, GeneratedOn).Generate(count);

    public static async Task WriteCsvAsync(int count, string path)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 20);
        await ResidentCsvWriter.WriteAsync(writer, Generate(count));
    }
}

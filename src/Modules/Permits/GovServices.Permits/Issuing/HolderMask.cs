using GovServices.CivilRegistry.Contracts;

namespace GovServices.Permits.Issuing;

/// <summary>
/// How a permit's holder appears to anyone who scans it: enough to match the paper in hand, not enough to learn who
/// holds permits. Each word keeps its first letter (<c>S*** R********</c>); the NIK its district and last two digits.
/// </summary>
internal static class HolderMask
{
    public static string Name(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => string.Concat(word.AsSpan(0, 1), new string('*', word.Length - 1))));

    public static string? Nik(string? nik) => nik is null ? null : CivilRegistry.Contracts.Nik.Mask(nik);
}

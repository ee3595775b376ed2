using GovServices.CivilRegistry.Contracts;
using GovServices.CivilRegistry.Domain;

namespace GovServices.CivilRegistry.Tests.Harness;

/// <summary>Residents to arrange tests with: valid by default, changed with <c>with</c>-style initialisers.</summary>
internal static class Residents
{
    /// <summary>Siti Aminah, born 12 March 1985 in Samarinda, Bontang Kuala (Bontang Utara). NIK 6474015203850001.</summary>
    public static Resident Siti(string nik = "6474015203850001", ResidentStatus status = ResidentStatus.Active) => new()
    {
        Nik = nik,
        Kk = "6474010101100001",
        FullName = "Siti Aminah",
        BirthPlace = "Samarinda",
        BirthDate = new DateOnly(1985, 3, 12),
        Sex = Sex.Female,
        Religion = "Islam",
        MaritalStatus = "Kawin",
        Occupation = "Guru",
        Street = "Jl. Pattimura No. 7",
        Rt = "004",
        Rw = "002",
        KelurahanCode = "64.74.01.1001",
        Kelurahan = "Bontang Kuala",
        KecamatanCode = "64.74.01",
        Kecamatan = "Bontang Utara",
        Status = status,
    };

    /// <summary>A man of Bontang Selatan, born 1 July 1990; <paramref name="serial"/> makes the NIK unique.</summary>
    public static Resident Budi(int serial = 1) => new()
    {
        Nik = $"647402010790{serial:0000}",
        Kk = "6474020101150001",
        FullName = "Budi Santoso",
        BirthPlace = "Bontang",
        BirthDate = new DateOnly(1990, 7, 1),
        Sex = Sex.Male,
        Religion = "Islam",
        MaritalStatus = "Belum Kawin",
        Occupation = "Karyawan Swasta",
        Street = "Jl. Brigjend Katamso",
        Rt = "010",
        Rw = "003",
        KelurahanCode = "64.74.02.1001",
        Kelurahan = "Tanjung Laut",
        KecamatanCode = "64.74.02",
        Kecamatan = "Bontang Selatan",
        Status = ResidentStatus.Active,
    };
}

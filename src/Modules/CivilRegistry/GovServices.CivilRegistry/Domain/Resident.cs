using GovServices.CivilRegistry.Contracts;

namespace GovServices.CivilRegistry.Domain;

/// <summary>A resident as the civil registry records them; one row of <c>civil_registry.resident</c>.</summary>
internal sealed class Resident
{
    public string Nik { get; init; } = "";

    /// <summary>The family card (Kartu Keluarga) number, shared by everyone in the household.</summary>
    public string Kk { get; init; } = "";

    public string FullName { get; init; } = "";

    public string BirthPlace { get; init; } = "";

    public DateOnly BirthDate { get; init; }

    public Sex Sex { get; init; }

    public string Religion { get; init; } = "";

    public string MaritalStatus { get; init; } = "";

    public string? Occupation { get; init; }

    public string? Street { get; init; }

    public string Rt { get; init; } = "";

    public string Rw { get; init; } = "";

    public string? KelurahanCode { get; init; }

    public string Kelurahan { get; init; } = "";

    public string? KecamatanCode { get; init; }

    public string Kecamatan { get; init; } = "";

    public ResidentStatus Status { get; init; }

    /// <summary>True when every recorded value equals <paramref name="other"/>'s: importing it again changes nothing.</summary>
    public bool HasSameValuesAs(Resident other) =>
        Nik == other.Nik
        && Kk == other.Kk
        && FullName == other.FullName
        && BirthPlace == other.BirthPlace
        && BirthDate == other.BirthDate
        && Sex == other.Sex
        && Religion == other.Religion
        && MaritalStatus == other.MaritalStatus
        && Occupation == other.Occupation
        && Street == other.Street
        && Rt == other.Rt
        && Rw == other.Rw
        && KelurahanCode == other.KelurahanCode
        && Kelurahan == other.Kelurahan
        && KecamatanCode == other.KecamatanCode
        && Kecamatan == other.Kecamatan
        && Status == other.Status;
}

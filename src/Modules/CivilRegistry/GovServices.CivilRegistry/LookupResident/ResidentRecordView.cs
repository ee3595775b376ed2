using GovServices.CivilRegistry.Contracts;

namespace GovServices.CivilRegistry.LookupResident;

/// <summary>A resident as a lookup shows them. When <paramref name="Masked"/> is true, NIK and KK keep only their
/// district code and last two digits, the birth date only its year, and street, RT and RW are hidden.</summary>
/// <param name="Nik">The NIK, possibly masked (<c>647401********12</c>).</param>
/// <param name="Kk">The family card number, possibly masked.</param>
/// <param name="FullName">The registered name.</param>
/// <param name="BirthPlace">The registered birth place.</param>
/// <param name="BirthDate"><c>yyyy-MM-dd</c>, or <c>yyyy-**-**</c> when masked.</param>
/// <param name="Sex">Male or Female.</param>
/// <param name="Religion">As recorded.</param>
/// <param name="MaritalStatus">As recorded.</param>
/// <param name="Occupation">As recorded.</param>
/// <param name="Address">Where the resident lives.</param>
/// <param name="Status">Active, Moved or Deceased: always shown.</param>
/// <param name="Masked">Whether identifiers, street address and birth day are hidden.</param>
internal sealed record ResidentRecordView(
    string Nik,
    string Kk,
    string FullName,
    string BirthPlace,
    string BirthDate,
    Sex Sex,
    string Religion,
    string MaritalStatus,
    string? Occupation,
    ResidentAddressView Address,
    string Status,
    bool Masked);

internal sealed record ResidentAddressView(
    string? Street,
    string Rt,
    string Rw,
    string Kelurahan,
    string? KelurahanCode,
    string Kecamatan,
    string? KecamatanCode);

namespace GovServices.CivilRegistry.Contracts;

/// <summary>
/// What a caller claims about a person. Only <see cref="Nik"/> and <see cref="Purpose"/> are required; every other
/// field that is given is checked and answered with match or mismatch.
/// </summary>
/// <param name="Nik">The NIK to verify, as text: malformed NIKs are answered with the precise reason.</param>
/// <param name="Purpose">One of the configured legal bases (<c>CivilRegistry:Purposes</c>), recorded in the access trail.</param>
/// <param name="FullName">The name as the person gave it; honorifics and degrees are ignored.</param>
/// <param name="BirthDate">The birth date as the person gave it.</param>
/// <param name="BirthPlace">The birth place as the person gave it.</param>
/// <param name="Sex">The sex as the person gave it.</param>
/// <param name="Kelurahan">The kelurahan of residence, by name or region code (<c>64.74.01.1001</c>).</param>
public sealed record ResidentVerificationRequest(
    string Nik,
    string Purpose,
    string? FullName = null,
    DateOnly? BirthDate = null,
    string? BirthPlace = null,
    Sex? Sex = null,
    string? Kelurahan = null);

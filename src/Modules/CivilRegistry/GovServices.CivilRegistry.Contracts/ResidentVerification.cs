namespace GovServices.CivilRegistry.Contracts;

/// <summary>
/// The registry's answer: whether the NIK is registered and, for each field the caller gave, whether it agrees.
/// It never carries a stored value. Fields the caller did not give are null, and so is everything when the NIK
/// is not found.
/// </summary>
/// <param name="Found">Whether the NIK is registered.</param>
/// <param name="FullName">The given name against the registered one, after normalisation.</param>
/// <param name="NameSimilarity">0–1 after normalising case, spaces, punctuation, honorifics and degrees; null when no name was given.</param>
/// <param name="BirthDate">The given birth date against the registered one.</param>
/// <param name="BirthPlace">The given birth place against the registered one, ignoring case and spacing.</param>
/// <param name="Sex">The given sex against the registered one.</param>
/// <param name="Kelurahan">The given kelurahan (name or region code) against the registered one.</param>
public sealed record ResidentVerification(
    bool Found,
    FieldMatch? FullName = null,
    double? NameSimilarity = null,
    FieldMatch? BirthDate = null,
    FieldMatch? BirthPlace = null,
    FieldMatch? Sex = null,
    FieldMatch? Kelurahan = null);

namespace GovServices.CivilRegistry.Contracts;

/// <summary>Why a text is not a valid NIK: the <paramref name="Part"/> that is wrong, a stable snake_case
/// <paramref name="Code"/> and a message for people, in the language of the request.</summary>
public sealed record NikError(NikPart Part, string Code, string Message);

namespace GovServices.Permits.Domain;

/// <summary>A document an application of a permit type carries.</summary>
/// <param name="Code">The document type named when uploading, for example <c>ktp</c>.</param>
/// <param name="NameId">The name in Bahasa Indonesia.</param>
/// <param name="NameEn">The name in English.</param>
/// <param name="Mandatory">Whether an application can be submitted without it.</param>
/// <param name="Formats">The accepted formats, recognised from the content: pdf, jpeg, png.</param>
internal sealed record RequiredDocument(string Code, string NameId, string NameEn, bool Mandatory, IReadOnlyList<string> Formats);

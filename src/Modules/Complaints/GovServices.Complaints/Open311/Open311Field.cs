namespace GovServices.Complaints.Open311;

/// <summary>
/// One field of an Open311 element, named as the spec names it. The value is text, a number, a boolean, a time, null
/// (an empty element in XML), an <see cref="Open311List"/> of nested elements or an <see cref="Open311Values"/> list of texts.
/// </summary>
internal sealed record Open311Field(string Name, object? Value);

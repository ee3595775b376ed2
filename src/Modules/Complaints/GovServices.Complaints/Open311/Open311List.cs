namespace GovServices.Complaints.Open311;

/// <summary>Nested elements: a JSON array, or in XML a wrapper holding one <paramref name="ElementName"/> per item.</summary>
internal sealed record Open311List(string ElementName, IReadOnlyList<IReadOnlyList<Open311Field>> Items);

/// <summary>Plain values: a JSON array of strings, or in XML a wrapper holding one <paramref name="ElementName"/> per value.</summary>
internal sealed record Open311Values(string ElementName, IReadOnlyList<string> Values);

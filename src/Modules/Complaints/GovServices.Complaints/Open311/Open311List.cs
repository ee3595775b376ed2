namespace GovServices.Complaints.Open311;

/// <summary>Nested elements: a JSON array, or in XML a wrapper holding one <paramref name="ElementName"/> per item.</summary>
internal sealed record Open311List(string ElementName, IReadOnlyList<IReadOnlyList<Open311Field>> Items);

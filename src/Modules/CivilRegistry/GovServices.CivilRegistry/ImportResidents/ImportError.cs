namespace GovServices.CivilRegistry.ImportResidents;

/// <summary>One problem found in an import file: the CSV row (the header is row 1), the column if one is at fault, and why.</summary>
internal sealed record ImportError(long Row, string? Field, string Reason);

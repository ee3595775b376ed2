namespace GovServices.Audit.SearchEvents;

/// <summary>Masks a personal identifier in lists the way the civil registry does: the region code and the last two digits stay.</summary>
internal static class PersonalIdentifier
{
    private const int KeptAtStart = 6;
    private const int KeptAtEnd = 2;

    public static string? Mask(string? value) =>
        value is null || value.Length <= KeptAtStart + KeptAtEnd
            ? value is null ? null : new string('*', value.Length)
            : string.Concat(value.AsSpan(0, KeptAtStart), new string('*', value.Length - KeptAtStart - KeptAtEnd), value.AsSpan(value.Length - KeptAtEnd));
}

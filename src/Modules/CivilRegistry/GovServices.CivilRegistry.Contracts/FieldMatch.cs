namespace GovServices.CivilRegistry.Contracts;

/// <summary>Whether one field the caller provided agrees with the registry.</summary>
public enum FieldMatch
{
    Match,
    Mismatch,
}

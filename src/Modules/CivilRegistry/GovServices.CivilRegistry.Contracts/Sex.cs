namespace GovServices.CivilRegistry.Contracts;

/// <summary>Sex as recorded by the civil registry; on forms and in files <c>L</c> (laki-laki) or <c>P</c> (perempuan).</summary>
public enum Sex
{
    Male,
    Female,
}

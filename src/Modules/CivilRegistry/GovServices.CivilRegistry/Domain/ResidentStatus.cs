namespace GovServices.CivilRegistry.Domain;

internal enum ResidentStatus
{
    Active,
    Moved,
    Deceased,
}

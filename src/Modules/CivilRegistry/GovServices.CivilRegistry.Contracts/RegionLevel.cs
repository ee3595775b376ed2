namespace GovServices.CivilRegistry.Contracts;

public enum RegionLevel
{
    Province,
    Regency,
    City,
    District,
    Village,
}

namespace GovServices.CivilRegistry;

/// <summary>The module's routes, relative to <see cref="Group"/>.</summary>
internal static class CivilRegistryApiPaths
{
    public const string Group = "/api/v1/civil-registry";
    public const string Verifications = "/verifications";
    public const string Resident = "/residents/{nik}";
    public const string AccessLog = "/access-log";
    public const string MyAccessLog = "/me/access-log";
    public const string Imports = "/imports";
    public const string Import = "/imports/{id:guid}";
}

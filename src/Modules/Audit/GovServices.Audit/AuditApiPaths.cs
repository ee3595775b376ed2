namespace GovServices.Audit;

/// <summary>The auditors' routes, relative to <see cref="Group"/>.</summary>
internal static class AuditApiPaths
{
    public const string Group = "/api/v1/audit";
    public const string Events = "/events";
    public const string Verify = "/verify";
    public const string Export = "/export";
}

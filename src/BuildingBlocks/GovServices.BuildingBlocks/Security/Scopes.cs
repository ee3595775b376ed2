namespace GovServices.BuildingBlocks.Security;

/// <summary>
/// The platform's OAuth scopes: those several modules honour, so no one module owns them — the auditor's (each
/// module answers auditors about its own trail) and the administrator's. Every other scope is a module's own,
/// declared in its <see cref="Modules.ModuleDescriptor"/>; <see cref="ApiScopeCatalogue"/> lists them all.
/// </summary>
public static class Scopes
{
    public const string AuditRead = "audit.read";
    public const string IdentityAdmin = "identity.admin";

    public static readonly IReadOnlyList<ApiScope> Platform =
    [
        new(AuditRead, "Search, verify and export audit trails"),
        new(IdentityAdmin, "Manage clients and users"),
    ];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> PlatformByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [Roles.Auditor] = [AuditRead],
        [Roles.Admin] = [IdentityAdmin],
    };
}

using GovServices.BuildingBlocks.Security;
using GovServices.Identity.Clients;

namespace GovServices.Identity.Seed;

/// <summary>
/// The demo clients and people of a development instance, documented in the README so that documentation and
/// tests agree. Secrets and passwords here are for the demo only.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "Demo#2026!";

    /// <summary>The demo citizen's NIK: a woman born 1 July 1990 in Bontang Utara (64.74.01), serial 0001.</summary>
    public const string CitizenNik = "6474014107900001";

    /// <summary>The partner app's Open311 <c>api_key</c> on a development instance; a real key is issued by an admin.</summary>
    public const string PartnerAppApiKey = "partner-app.demo-open311-key-for-development-only";

    /// <summary>
    /// A demo client. Its API scopes are those the modules give it by id (each module's descriptor), the platform
    /// scopes listed here, or — for the two browser clients that try everything — every scope of the API.
    /// </summary>
    internal sealed record DemoClient(string ClientId, string DisplayName, ClientKind Kind, string[] RedirectUris, string[] PostLogoutRedirectUris)
    {
        public string[] PlatformScopes { get; init; } = [];

        public bool HasEveryScope { get; init; }

        /// <summary>The OPD a back-office system is bound to (ADR 0051): it takes that OPD's officers' steps.</summary>
        public string? Opd { get; init; }

        public string? Secret => Kind == ClientKind.Machine ? ClientId + "-secret" : null;

        public string? ApiKey => ClientId == "partner-app" ? PartnerAppApiKey : null;

        public IReadOnlyList<string> ScopesIn(ApiScopeCatalogue catalogue) =>
            HasEveryScope ? [.. catalogue.Names] : [.. catalogue.DemoScopesOf(ClientId), .. PlatformScopes];
    }

    internal sealed record DemoUser(string UserName, string FullName, string Role, string? Opd, string? Nik)
    {
        /// <summary>The head of their OPD: may open the Command Centre for it (ADR 0056).</summary>
        public bool HeadsOpd { get; init; }
    }

    private static readonly string[] SwaggerRedirects =
    [
        "http://127.0.0.1:5080/swagger/oauth2-redirect.html",
        "http://localhost:5080/swagger/oauth2-redirect.html",
    ];

    public static readonly DemoClient[] Clients =
    [
        new("partner-app", "Partner app (demo)", ClientKind.Machine, [], []),
        new("opd-system", "OPD back-office system (demo)", ClientKind.Machine, [], []) { Opd = "DPMPTSP" },
        new("bank-channel", "Treasury bank channel (demo)", ClientKind.Machine, [], []),
        new("auditor-tool", "Inspectorate audit tool (demo)", ClientKind.Machine, [], []) { PlatformScopes = [Scopes.AuditRead] },
        new("admin-cli", "Administration CLI (demo)", ClientKind.Machine, [], []) { PlatformScopes = [Scopes.IdentityAdmin] },
        new("swagger-ui", "Swagger UI", ClientKind.Public, SwaggerRedirects, []) { HasEveryScope = true },
        new("demo-spa", "Demo single-page app", ClientKind.Public, ["http://127.0.0.1:5173/callback"], ["http://127.0.0.1:5173/"]) { HasEveryScope = true },
    ];

    public static readonly DemoUser[] Users =
    [
        new("citizen", "Siti Rahmawati", Roles.Citizen, Opd: null, Nik: CitizenNik),
        new("officer.dpmptsp", "Budi Santoso", Roles.Officer, Opd: "DPMPTSP", Nik: null),
        new("officer.dlh", "Dewi Lestari", Roles.Officer, Opd: "DLH", Nik: null) { HeadsOpd = true },
        new("coordinator", "Andi Pratama", Roles.Coordinator, Opd: "DISKOMINFOTIK", Nik: null),
        new("auditor", "Rina Wulandari", Roles.Auditor, Opd: "INSPEKTORAT", Nik: null),
        new("admin", "Admin Diskominfotik", Roles.Admin, Opd: "DISKOMINFOTIK", Nik: null),
    ];
}

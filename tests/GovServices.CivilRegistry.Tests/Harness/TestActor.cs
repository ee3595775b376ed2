using GovServices.BuildingBlocks.Security;

namespace GovServices.CivilRegistry.Tests.Harness;

/// <summary>The caller a test plays: set it before sending a request, as a token would.</summary>
internal sealed class TestActor : ICurrentActor
{
    public string? ClientId { get; private set; }

    public string? UserId { get; private set; }

    public string? Nik { get; private set; }

    public string? Opd { get; private set; }

    private IReadOnlyList<string> Roles { get; set; } = [];

    public bool IsInRole(string role) => Roles.Contains(role);

    public void Become(string? clientId, string? userId = null, string? nik = null, string? opd = null, params string[] roles)
    {
        ClientId = clientId;
        UserId = userId;
        Nik = nik;
        Opd = opd;
        Roles = roles;
    }

    public void PartnerApp(string clientId = "bank-kaltim") => Become(clientId);

    public void Officer(string opd, string userId = "officer-1", string clientId = "opd-portal") =>
        Become(clientId, userId, opd: opd, roles: BuildingBlocks.Security.Roles.Officer);

    public void Citizen(string nik, string userId = "citizen-1", string clientId = "bontang-app") =>
        Become(clientId, userId, nik: nik, roles: BuildingBlocks.Security.Roles.Citizen);

    public void Auditor() => Become("audit-portal", "auditor-1", roles: BuildingBlocks.Security.Roles.Auditor);
}

using GovServices.BuildingBlocks.Security;

namespace GovServices.Testing;

/// <summary>
/// The caller a test plays where no token is: set it before sending a request through a harness, or hand it to a
/// statement that is rendered per caller.
/// </summary>
public sealed class TestActor : ICurrentActor
{
    private IReadOnlyList<string> _roles = [];

    public string? ClientId { get; private set; }

    public string? UserId { get; private set; }

    public string? Nik { get; private set; }

    public string? Opd { get; private set; }

    public bool IsInRole(string role) => _roles.Contains(role);

    public void Become(string? clientId, string? userId = null, string? nik = null, string? opd = null, params string[] roles)
    {
        ClientId = clientId;
        UserId = userId;
        Nik = nik;
        Opd = opd;
        _roles = roles;
    }

    public void PartnerApp(string clientId = "bank-kaltim") => Become(clientId);

    public void Officer(string opd, string userId = "officer-1", string clientId = "opd-portal") =>
        Become(clientId, userId, opd: opd, roles: Roles.Officer);

    public void Citizen(string nik, string userId = "citizen-1", string clientId = "bontang-app") =>
        Become(clientId, userId, nik: nik, roles: Roles.Citizen);

    public void Auditor() => Become("audit-portal", "auditor-1", roles: Roles.Auditor);
}

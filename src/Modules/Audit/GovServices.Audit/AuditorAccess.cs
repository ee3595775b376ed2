using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Security;

namespace GovServices.Audit;

/// <summary>
/// Who may read the trails: an audit tool (a client holding <c>audit.read</c>) or a person in the auditor role.
/// Identity grants <c>audit.read</c> to auditors only; this check keeps that true here even if a grant is widened.
/// </summary>
internal static class AuditorAccess
{
    public static Error? Denied(ICurrentActor actor) =>
        // People carry a role in their tokens; machine clients (an audit tool) carry none.
        Roles.All.Any(actor.IsInRole) && !actor.IsInRole(Roles.Auditor)
            ? Error.Forbidden("auditor_role_required", "Only auditors read the audit trails.")
            : null;

    public static Error UnknownModule(string module) =>
        Error.NotFound("audit_module_not_found", $"There is no module '{module}' with an audit trail.");
}

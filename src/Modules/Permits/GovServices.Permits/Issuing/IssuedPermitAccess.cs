using GovServices.BuildingBlocks.Security;

namespace GovServices.Permits.Issuing;

/// <summary>Who may see an issued permit, and who may revoke it. Deny by default.</summary>
internal static class IssuedPermitAccess
{
    /// <summary>The holder's side, officers of the issuing OPD and its back-office system (ADR 0051), and auditors.</summary>
    public static bool CanRead(ICurrentActor actor, IssuedPermitRow permit) =>
        IsHolderSide(actor, permit)
        || IsIssuingOfficer(actor, permit)
        || (OfficerOpd.IsSystem(actor) && string.Equals(actor.Opd, permit.OpdCode, StringComparison.OrdinalIgnoreCase))
        || (IsPerson(actor) && actor.IsInRole(Roles.Auditor));

    /// <summary>
    /// Only an officer of the OPD that issued it, a person: revoking a permit is a decision someone signs, so the OPD's
    /// back-office system reads the permit but does not revoke it (ADR 0051).
    /// </summary>
    public static bool CanRevoke(ICurrentActor actor, IssuedPermitRow permit) => IsIssuingOfficer(actor, permit);

    /// <summary>
    /// The signed-in applicant; or the partner app that applied on someone's behalf, acting on its own. An app through
    /// which a citizen applied signed in does not see that citizen's permit without the citizen.
    /// </summary>
    public static bool IsHolderSide(ICurrentActor actor, IssuedPermitRow permit) =>
        IsPerson(actor)
            ? permit.ApplicantUserId is not null && actor.IsInRole(Roles.Citizen) && permit.ApplicantUserId == actor.UserId
            : actor.ClientId is not null && permit.ApplicantUserId is null && permit.ApplicantClientId == actor.ClientId;

    private static bool IsIssuingOfficer(ICurrentActor actor, IssuedPermitRow permit) =>
        IsPerson(actor) && actor.IsInRole(Roles.Officer) && actor.Opd is not null
        && string.Equals(actor.Opd, permit.OpdCode, StringComparison.OrdinalIgnoreCase);

    /// <summary>False for an app acting on its own, whose client-credentials token carries its client id as subject.</summary>
    private static bool IsPerson(ICurrentActor actor) => actor.UserId is not null && actor.UserId != actor.ClientId;
}

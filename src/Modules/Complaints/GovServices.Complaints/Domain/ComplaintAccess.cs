using GovServices.BuildingBlocks.Security;

namespace GovServices.Complaints.Domain;

/// <summary>Who may see a complaint, and who may see its reporter. Deny by default.</summary>
internal static class ComplaintAccess
{
    /// <summary>
    /// Coordinators and auditors see every complaint; an officer those routed to their OPD; a citizen their own; an
    /// app acting without a signed-in person those it filed.
    /// </summary>
    public static bool CanRead(ICurrentActor actor, ComplaintRow complaint)
    {
        if (!IsPerson(actor))
            return actor.ClientId is not null && complaint.ReporterUserId is null && complaint.FiledByClientId == actor.ClientId;

        if (actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Auditor))
            return true;

        if (actor.IsInRole(Roles.Officer) && actor.Opd is not null && complaint.OpdCode == actor.Opd)
            return true;

        return actor.IsInRole(Roles.Citizen) && complaint.ReporterUserId == actor.UserId;
    }

    /// <summary>
    /// True when a person signed in; false for an app acting on its own, whose client-credentials token carries its
    /// client id as subject.
    /// </summary>
    public static bool IsPerson(ICurrentActor actor) => actor.UserId is not null && actor.UserId != actor.ClientId;

    /// <summary>A signed-in citizen files as themself; anyone else files on behalf of a reporter.</summary>
    public static bool IsCitizen(ICurrentActor actor) => IsPerson(actor) && actor.IsInRole(Roles.Citizen);

    /// <summary>True when the caller is the reporter, or the app that filed on the reporter's behalf.</summary>
    public static bool IsReporterSide(ICurrentActor actor, ComplaintRow complaint) =>
        IsPerson(actor)
            ? complaint.ReporterUserId == actor.UserId
            : actor.ClientId is not null && complaint.ReporterUserId is null && complaint.FiledByClientId == actor.ClientId;

    /// <summary>True when the caller is <paramref name="party"/> for this complaint; the system is the host acting with no caller.</summary>
    public static bool Acts(ICurrentActor actor, ComplaintParty party, ComplaintRow complaint) => party switch
    {
        ComplaintParty.Reporter => IsReporterSide(actor, complaint),
        ComplaintParty.Coordinator => IsPerson(actor) && actor.IsInRole(Roles.Coordinator),
        ComplaintParty.Officer => IsPerson(actor) && actor.IsInRole(Roles.Officer) && actor.Opd is not null && complaint.OpdCode == actor.Opd,
        _ => actor.ClientId is null && actor.UserId is null,
    };

    /// <summary>Staff handling the complaint: coordinators, and officers of the OPD it is routed to. Auditors only read.</summary>
    public static bool Handles(ICurrentActor actor, ComplaintRow complaint) =>
        Acts(actor, ComplaintParty.Coordinator, complaint) || Acts(actor, ComplaintParty.Officer, complaint);
}

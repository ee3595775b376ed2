using GovServices.BuildingBlocks.Security;

namespace GovServices.Complaints.Domain;

/// <summary>
/// Who may see a complaint, and who may see its reporter. Deny by default. <see cref="CanRead"/> and
/// <see cref="ReadableSql"/> are one rule, in C# for a single complaint and in SQL for the list: change both together.
/// </summary>
internal static class ComplaintAccess
{
    /// <summary>
    /// Coordinators and auditors see every complaint; an officer those dispositioned to their OPD; a citizen their own;
    /// an app acting without a signed-in person those it filed, and a back-office system bound to an OPD also what that
    /// OPD's officers see (ADR 0051).
    /// </summary>
    public static bool CanRead(ICurrentActor actor, ComplaintRow complaint)
    {
        if (!IsPerson(actor))
            return IsReporterSide(actor, complaint) || IsOfficerOf(actor, complaint);

        if (actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Auditor))
            return true;

        if (IsOfficerOf(actor, complaint))
            return true;

        return actor.IsInRole(Roles.Citizen) && complaint.ReporterUserId == actor.UserId;
    }

    /// <summary>
    /// <see cref="CanRead"/> as a condition on <c>complaints.complaint</c>, with the parameters <c>@actor_user_id</c>,
    /// <c>@actor_client_id</c> and <c>@actor_opd</c>; null when the caller may see none.
    /// </summary>
    public static string? ReadableSql(ICurrentActor actor)
    {
        if (!IsPerson(actor))
        {
            const string filed = "(reporter_user_id IS NULL AND filed_by_client_id = @actor_client_id)";
            if (actor.ClientId is null)
                return null;
            return OfficerOpd.IsSystem(actor) ? $"({filed} OR (dispositioned_at IS NOT NULL AND opd_code = @actor_opd))" : filed;
        }
        if (actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Auditor))
            return "1 = 1";

        var clauses = new List<string>();
        if (actor.IsInRole(Roles.Officer) && actor.Opd is not null)
            clauses.Add("(dispositioned_at IS NOT NULL AND opd_code = @actor_opd)");
        if (actor.IsInRole(Roles.Citizen))
            clauses.Add("reporter_user_id = @actor_user_id");
        return clauses.Count == 0 ? null : $"({string.Join(" OR ", clauses)})";
    }

    /// <summary>
    /// The OPD whose officers may read the complaint — the one it is dispositioned to, none before — for the audience of
    /// its integration events, so an OPD hears of a complaint no sooner than its officers may read it (ADR 0048).
    /// </summary>
    public static string? OpdOfItsOfficers(ComplaintRow complaint) => complaint.DispositionedAt is null ? null : complaint.OpdCode;

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
        ComplaintParty.Officer => IsOfficerOf(actor, complaint),
        _ => actor.ClientId is null && actor.UserId is null,
    };

    /// <summary>Staff handling the complaint: coordinators, and officers of the OPD it is dispositioned to. Auditors only read.</summary>
    public static bool Handles(ICurrentActor actor, ComplaintRow complaint) =>
        Acts(actor, ComplaintParty.Coordinator, complaint) || Acts(actor, ComplaintParty.Officer, complaint);

    /// <summary>
    /// An officer of the OPD the complaint desk dispositioned it to, or a back-office system bound to that OPD
    /// (<see cref="OfficerOpd"/>). Until the desk has verified and routed a complaint
    /// (spam, duplicates, confidential reports) the OPD of its category does not see it; once routed it stays with that
    /// OPD through resolution, closing and reopening, and only the OPD of the latest disposition has it.
    /// </summary>
    private static bool IsOfficerOf(ICurrentActor actor, ComplaintRow complaint) =>
        OfficerOpd.Of(actor) is { } opd && complaint.DispositionedAt is not null && complaint.OpdCode == opd;
}

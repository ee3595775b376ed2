using GovServices.BuildingBlocks.Security;

namespace GovServices.Permits.Domain;

/// <summary>Who may see and act on an application. Deny by default; what one may not see answers 404.</summary>
internal static class ApplicationAccess
{
    /// <summary>
    /// True when a person signed in; false for an app acting on its own, whose client-credentials token carries its
    /// client id as subject.
    /// </summary>
    public static bool IsPerson(ICurrentActor actor) => actor.UserId is not null && actor.UserId != actor.ClientId;

    /// <summary>A signed-in citizen applies as themself; a partner app applies on behalf of someone.</summary>
    public static bool IsCitizen(ICurrentActor actor) => IsPerson(actor) && actor.IsInRole(Roles.Citizen);

    /// <summary>The applicant themself, or the app that applied on the applicant's behalf.</summary>
    public static bool IsApplicantSide(ICurrentActor actor, ApplicationRow application) =>
        IsPerson(actor)
            ? actor.IsInRole(Roles.Citizen) && application.ApplicantUserId == actor.UserId
            : actor.ClientId is not null && application.ApplicantUserId is null && application.ApplicantClientId == actor.ClientId;

    /// <summary>An officer of the issuing OPD, or a back-office system bound to it (<see cref="OfficerOpd"/>, ADR 0051).</summary>
    public static bool IsReviewer(ICurrentActor actor, ApplicationRow application) =>
        OfficerOpd.Of(actor) is { } opd && opd == application.OpdCode;

    public static bool IsAuditor(ICurrentActor actor) => IsPerson(actor) && actor.IsInRole(Roles.Auditor);

    public static bool CanRead(ICurrentActor actor, ApplicationRow application) =>
        IsApplicantSide(actor, application) || IsReviewer(actor, application) || IsAuditor(actor);

    public static bool CanTake(ICurrentActor actor, ApplicationRow application, TransitionActor who) => who switch
    {
        TransitionActor.Applicant => IsApplicantSide(actor, application),
        TransitionActor.Officer => IsReviewer(actor, application),
        _ => false,
    };
}

using GovServices.Permits.Domain;

namespace GovServices.Permits.GetApplication;

/// <summary>Who took a step of an application's history, as its readers are told (never by internal id to the applicant).</summary>
internal static class HistoryActorRole
{
    public const string Applicant = "applicant";
    public const string Officer = "officer";

    /// <summary>The issuing OPD's back-office system, a client bound to the OPD (ADR 0051): an officer's step with no person.</summary>
    public const string OpdSystem = "opd_system";

    /// <summary>This service itself: payments recorded, permits issued, due dates computed again.</summary>
    public const string System = "system";

    public static string Of(HistoryRow entry)
    {
        var taker = entry.Action == ApplicationActions.Create
            ? TransitionActor.Applicant
            : ApplicationTransitions.All.FirstOrDefault(transition => transition.Action == entry.Action)?.Actor ?? TransitionActor.System;
        return taker switch
        {
            TransitionActor.Applicant => Applicant,
            TransitionActor.Officer => entry.ActorUserId is null && entry.ActorClientId is not null ? OpdSystem : Officer,
            _ => System,
        };
    }
}

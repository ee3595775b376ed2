namespace GovServices.Permits.Domain;

/// <summary>Who may take a step: the applicant's side, an officer of the issuing OPD, or the system itself.</summary>
internal enum TransitionActor
{
    Applicant,
    Officer,
    System,
}

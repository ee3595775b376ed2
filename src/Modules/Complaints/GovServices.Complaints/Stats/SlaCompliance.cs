namespace GovServices.Complaints.Stats;

/// <summary>SLA compliance per stage, in working days as SP4N-LAPOR! sets them.</summary>
/// <param name="Verification">Verified (or rejected) by the verification due date: three working days after filing.</param>
/// <param name="FollowUp">Started on by the OPD by the follow-up due date: five working days after routing.</param>
/// <param name="Resolution">Resolved by the resolution due date: the category's SLA in working days after routing.</param>
internal sealed record SlaCompliance(StageCompliance Verification, StageCompliance FollowUp, StageCompliance Resolution);

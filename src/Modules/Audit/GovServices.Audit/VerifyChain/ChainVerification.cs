namespace GovServices.Audit.VerifyChain;

/// <summary>The verdict on one module's hash chain.</summary>
/// <param name="Module">The module (schema) whose chain was recomputed.</param>
/// <param name="Intact">True when every sealed record is unchanged, present and in its place.</param>
/// <param name="VerifiedRecords">How many chain positions were checked before the end or the break.</param>
/// <param name="LastSeal">The newest seal checked: the last batch when intact, the batch holding the break otherwise; null before the first batch.</param>
/// <param name="Break">Where and why the chain breaks; null when intact.</param>
internal sealed record ChainVerification(string Module, bool Intact, long VerifiedRecords, ChainSeal? LastSeal, ChainBreak? Break);

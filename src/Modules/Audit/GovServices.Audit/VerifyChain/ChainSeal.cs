namespace GovServices.Audit.VerifyChain;

/// <summary>The seal of one batch: the chain positions it covers and the chain's hash after its last record.</summary>
/// <param name="BatchNumber">The batch's number, 1 for the first.</param>
/// <param name="FirstPosition">The chain position of its first record.</param>
/// <param name="LastPosition">The chain position of its last record.</param>
/// <param name="LastHash">The entry hash of its last record (SHA-256, lower-case hex): keep it to check an export or a later verification against.</param>
/// <param name="SealedAt">When it was sealed (UTC).</param>
internal sealed record ChainSeal(long BatchNumber, long FirstPosition, long LastPosition, string LastHash, DateTimeOffset SealedAt);

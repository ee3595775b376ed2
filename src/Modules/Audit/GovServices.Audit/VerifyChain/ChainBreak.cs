namespace GovServices.Audit.VerifyChain;

/// <summary>The first place where the recomputed chain differs from what was sealed.</summary>
/// <param name="Position">The chain position where it breaks.</param>
/// <param name="Table">The audited table of the record at that position, when known.</param>
/// <param name="RecordId">The id of that record, when known.</param>
/// <param name="Reason">
/// <c>edited</c> (the record's content is not what was sealed), <c>deleted</c> (the record, or its chain entry, is
/// gone), <c>reordered</c> (the content is intact but not where the chain has it), or <c>seal_altered</c> (a batch's
/// seal does not match the chain).
/// </param>
/// <param name="Message">What was found, for people.</param>
internal sealed record ChainBreak(long Position, string? Table, Guid? RecordId, string Reason, string Message);

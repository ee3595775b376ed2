namespace GovServices.Permits.Issuing.RevokePermit;

/// <summary>Why the permit is withdrawn; it is kept with the permit and in the audit trail.</summary>
/// <param name="Reason">For example a court ruling or a breach of the permit's conditions; up to 1,000 characters.</param>
internal sealed record RevokePermitRequest(string Reason);

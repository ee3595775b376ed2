namespace GovServices.Permits.Issuing;

/// <summary>
/// Issues the permit for an application: its number from the per-type yearly sequence, its validity and its signed
/// token. Used by the application lifecycle when an application reaches <c>issued</c>.
/// </summary>
internal interface IPermitIssuer
{
    /// <summary>
    /// Issues the permit. Runs inside the caller's unit of work, so the number is only spent when the caller commits;
    /// issuing the same application again returns the first permit.
    /// </summary>
    Task<IssuedPermit> IssueAsync(PermitToIssue permit, CancellationToken cancellationToken);

    /// <summary>The permit issued for an application, or <see langword="null"/> when none was.</summary>
    Task<IssuedPermit?> FindByApplicationAsync(Guid applicationId, CancellationToken cancellationToken);
}

namespace GovServices.Permits.Contracts;

/// <summary>
/// Who applied for a permit and what the step they are told of said, for the module that tells them (Notifications,
/// issue 15): implemented by the Permits module. Each read is recorded in the application's audit trail with its
/// purpose, in the caller's unit of work.
/// </summary>
public interface IPermitApplicants
{
    /// <summary>The applicant and the details of the application's last step to <paramref name="toStatus"/>; null for an unknown application.</summary>
    Task<PermitApplicantNotice?> FindAsync(Guid applicationId, string toStatus, string purpose, CancellationToken cancellationToken = default);
}

/// <summary>How to reach an applicant, and what to tell them.</summary>
/// <param name="UserId">The signed-in citizen who applied; their contacts are Identity's. Null when a partner app applied.</param>
/// <param name="Email">The email address given on the application.</param>
/// <param name="Phone">The phone number given on the application, as given.</param>
/// <param name="Note">The officer's note of the step (a revision's note and items, an approval's or rejection's note, a revocation's reason).</param>
/// <param name="FeeAmount">The assessed fee in rupiah, once assessed.</param>
/// <param name="PaymentCode">The code to pay it with, once invoiced.</param>
/// <param name="PaymentDueAt">When the invoice expires (UTC).</param>
/// <param name="ReceiptNumber">The payment's receipt number, once paid.</param>
/// <param name="PermitNumber">The permit's number, once issued.</param>
/// <param name="VerificationPath">The path of the permit's public verification page (<c>/api/v1/permits/verify/…</c>), once issued.</param>
public sealed record PermitApplicantNotice(
    string? UserId,
    string? Email,
    string? Phone,
    string? Note,
    long? FeeAmount,
    string? PaymentCode,
    DateTimeOffset? PaymentDueAt,
    string? ReceiptNumber,
    string? PermitNumber,
    string? VerificationPath);

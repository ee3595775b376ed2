using GovServices.BuildingBlocks.Application;

namespace GovServices.CivilRegistry.Contracts;

/// <summary>
/// Verification without disclosure, for other modules (a permit applicant, a citizen signing up): is this NIK
/// registered, and do the name, birth date and other given fields agree? Each call is recorded in the civil
/// registry's access trail before it answers, with the calling client, user and purpose; when that record cannot
/// be written, the call fails and answers nothing.
/// </summary>
public interface IResidentVerifier
{
    /// <summary>The answer, or a validation <see cref="Error"/> (malformed NIK, unknown purpose, …).</summary>
    Task<Result<ResidentVerification>> VerifyAsync(ResidentVerificationRequest request, CancellationToken cancellationToken = default);
}

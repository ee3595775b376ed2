using GovServices.BuildingBlocks.Application;
using GovServices.Permits.Issuing;

namespace GovServices.Permits.Domain;

/// <summary>
/// The last step: an approved free application, or a paid one, becomes a permit. The issuer numbers and signs it in
/// the same unit of work, so the application is issued exactly when its permit exists.
/// </summary>
internal sealed class PermitIssuance(ApplicationLifecycle lifecycle, IPermitIssuer issuer)
{
    public async Task<Result<ApplicationRow>> IssueAsync(ApplicationRow application, PermitType type, CancellationToken cancellationToken)
    {
        var permit = await issuer.IssueAsync(
            new PermitToIssue(
                application.Id,
                type.Code,
                type.NameId,
                type.ClassificationCode,
                application.OpdCode,
                application.ApplicantName,
                application.ApplicantNik,
                application.ApplicantUserId,
                application.ApplicantUserId is null ? application.ApplicantClientId : null,
                type.ValidityMonths),
            cancellationToken);
        return await lifecycle.MoveAsync(
            application,
            application with { PermitId = permit.Id, PermitNumber = permit.Number },
            ApplicationActions.Issue,
            type.Sla,
            note: null,
            new { permit = permit.Id, number = permit.Number },
            cancellationToken);
    }
}

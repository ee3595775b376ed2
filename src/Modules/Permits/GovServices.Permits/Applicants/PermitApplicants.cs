using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Contracts;
using GovServices.Permits.Domain;
using GovServices.Permits.Issuing;

namespace GovServices.Permits.Applicants;

/// <summary>
/// <see cref="IPermitApplicants"/> in the caller's unit of work, so the audit record of the read
/// (<c>application.applicant_contact_read</c>) commits with what the caller does with it.
/// </summary>
internal sealed class PermitApplicants(IUnitOfWork unitOfWork, IAuditTrail auditTrail) : IPermitApplicants
{
    public async Task<PermitApplicantNotice?> FindAsync(Guid applicationId, string toStatus, string purpose, CancellationToken cancellationToken = default)
    {
        var row = await unitOfWork.QuerySingleOrDefaultAsync<ApplicantRow>(PermitApplicantsSql.SelectApplicant, new { id = applicationId }, cancellationToken);
        if (row is null)
            return null;
        // From the step's own history row: by the time the message is written the applicant may have moved on.
        var step = await unitOfWork.QuerySingleOrDefaultAsync<StepRow>(
            PermitApplicantsSql.SelectStep(unitOfWork.Dialect), new { id = applicationId, to_status = toStatus, limit = 1 }, cancellationToken);
        var note = toStatus == "revoked" ? row.RevocationReason : step?.Note;
        if (toStatus == ApplicationStatus.RevisionRequested && step?.Details is { } details && PermitsJson.Deserialize<StepDetails>(details).Items is { } asked)
            note = string.Join("; ", [.. new[] { note }.Where(text => !string.IsNullOrWhiteSpace(text)), .. asked.Select(item => $"{item.Item}: {item.Reason}")]);

        await auditTrail.RecordAsync(
            PermitsModule.Schema,
            new AuditEvent("application.applicant_contact_read", "application", applicationId.ToString(), Details: new { purpose }),
            cancellationToken);
        return new PermitApplicantNotice(
            row.ApplicantUserId,
            row.ApplicantEmail,
            row.ApplicantPhone,
            string.IsNullOrWhiteSpace(note) ? null : note,
            row.FeeAmount,
            row.PaymentCode,
            row.InvoiceExpiresAt,
            row.ReceiptNumber,
            row.PermitNumber,
            row.Token is { } token ? IssuingApiPaths.VerifyPath(token) : null);
    }

    private sealed class StepRow
    {
        public string? Note { get; init; }

        public string? Details { get; init; }
    }

    private sealed record StepDetails(IReadOnlyList<RevisionItem>? Items);

    private sealed class ApplicantRow
    {
        public string? ApplicantUserId { get; init; }

        public string? ApplicantEmail { get; init; }

        public string? ApplicantPhone { get; init; }

        public long? FeeAmount { get; init; }

        public string? PaymentCode { get; init; }

        public DateTimeOffset? InvoiceExpiresAt { get; init; }

        public string? ReceiptNumber { get; init; }

        public string? PermitNumber { get; init; }

        public string? Token { get; init; }

        public string? RevocationReason { get; init; }
    }
}

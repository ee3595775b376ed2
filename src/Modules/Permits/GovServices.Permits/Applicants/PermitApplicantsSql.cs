using GovServices.BuildingBlocks.Data;

namespace GovServices.Permits.Applicants;

internal static class PermitApplicantsSql
{
    public const string SelectApplicant = """
        SELECT a.applicant_user_id AS ApplicantUserId, a.applicant_email AS ApplicantEmail, a.applicant_phone AS ApplicantPhone,
               a.fee_amount AS FeeAmount, a.payment_code AS PaymentCode,
               a.invoice_expires_at AS InvoiceExpiresAt, a.receipt_number AS ReceiptNumber, a.permit_number AS PermitNumber,
               p.token AS Token, p.revocation_reason AS RevocationReason
        FROM permits.application a
        LEFT JOIN permits.issued_permit p ON p.application_id = a.id
        WHERE a.id = @id
        """;

    /// <summary>The note and details of the application's latest step to a status (the officer's words for that step, a revision's items).</summary>
    public static string SelectStep(ISqlDialect dialect) => $"""
        SELECT note AS Note, details AS Details
        FROM permits.application_history
        WHERE application_id = @id AND to_status = @to_status
        ORDER BY occurred_at DESC, id DESC
        {dialect.Limit("limit")}
        """;
}

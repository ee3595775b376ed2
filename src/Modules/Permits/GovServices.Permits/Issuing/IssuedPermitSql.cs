namespace GovServices.Permits.Issuing;

internal static class IssuedPermitSql
{
    public const string Table = "permits.issued_permit";

    public static readonly string[] InsertColumns =
    [
        "id", "application_id", "number", "permit_type_code", "permit_type_name_id", "classification_code", "opd_code",
        "sequence_year", "sequence_value", "holder_name", "holder_nik", "applicant_user_id", "applicant_client_id",
        "valid_from", "valid_until", "issued_at", "signing_key_id", "token", "status", "version",
    ];

    public const string SelectColumns = """
        id AS Id, application_id AS ApplicationId, number AS Number, permit_type_code AS PermitTypeCode,
        permit_type_name_id AS PermitTypeNameId, classification_code AS ClassificationCode, opd_code AS OpdCode,
        sequence_year AS SequenceYear, sequence_value AS SequenceValue, holder_name AS HolderName,
        holder_nik AS HolderNik, applicant_user_id AS ApplicantUserId, applicant_client_id AS ApplicantClientId,
        valid_from AS ValidFrom, valid_until AS ValidUntil, issued_at AS IssuedAt, signing_key_id AS SigningKeyId,
        token AS Token, status AS Status, revoked_at AS RevokedAt, revocation_reason AS RevocationReason,
        revoked_by_user_id AS RevokedByUserId, version AS Version
        """;

    public static string Insert => $"""
        INSERT INTO permits.issued_permit ({string.Join(", ", InsertColumns)})
        VALUES ({string.Join(", ", InsertColumns.Select(column => "@" + column))})
        """;

    public const string SelectById = $"""
        SELECT {SelectColumns}
        FROM permits.issued_permit
        WHERE id = @id
        """;

    public const string SelectByApplication = $"""
        SELECT {SelectColumns}
        FROM permits.issued_permit
        WHERE application_id = @application_id
        """;

    public const string Revoke = """
        UPDATE permits.issued_permit
        SET status = @status,
            revoked_at = @revoked_at,
            revocation_reason = @revocation_reason,
            revoked_by_user_id = @revoked_by_user_id,
            version = version + 1
        WHERE id = @id
          AND version = @expected_version
        """;
}

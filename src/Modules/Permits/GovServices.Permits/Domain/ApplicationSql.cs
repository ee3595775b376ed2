namespace GovServices.Permits.Domain;

/// <summary>The SQL the application use cases share; the same text on every provider.</summary>
internal static class ApplicationSql
{
    public const string Table = "permits.application";

    public const string SelectColumns = """
        id AS Id, type_code AS TypeCode, opd_code AS OpdCode, status AS Status,
        applicant_user_id AS ApplicantUserId, applicant_client_id AS ApplicantClientId, applicant_name AS ApplicantName,
        applicant_nik AS ApplicantNik, applicant_phone AS ApplicantPhone, applicant_email AS ApplicantEmail,
        form AS Form, revision_items AS RevisionItems, decision_note AS DecisionNote, fee_amount AS FeeAmount,
        invoice_id AS InvoiceId, payment_code AS PaymentCode, invoice_expires_at AS InvoiceExpiresAt,
        receipt_number AS ReceiptNumber, permit_id AS PermitId, permit_number AS PermitNumber,
        stage_due_on AS StageDueOn, created_at AS CreatedAt, submitted_at AS SubmittedAt, decided_at AS DecidedAt,
        updated_at AS UpdatedAt, version AS Version
        """;

    public const string Insert = """
        INSERT INTO permits.application (
            id, type_code, opd_code, status, applicant_user_id, applicant_client_id, applicant_name, applicant_nik,
            applicant_phone, applicant_email, form, created_at, updated_at, version)
        VALUES (
            @id, @type_code, @opd_code, @status, @applicant_user_id, @applicant_client_id, @applicant_name, @applicant_nik,
            @applicant_phone, @applicant_email, @form, @created_at, @updated_at, @version)
        """;

    public const string SelectById = $"""
        SELECT {SelectColumns}
        FROM permits.application
        WHERE id = @id
        """;

    /// <summary>How many invoices an application has had: the fee's assessment and each new invoice after one expired.</summary>
    public const string CountInvoices = """
        SELECT COUNT(*)
        FROM permits.application_history
        WHERE application_id = @application_id
          AND action IN ('assess_fee', 'reissue_invoice', 'request_new_invoice')
        """;

    public const string SelectByInvoice = $"""
        SELECT {SelectColumns}
        FROM permits.application
        WHERE invoice_id = @invoice_id
        """;

    public const string UpdateDraft = """
        UPDATE permits.application
        SET applicant_name = @applicant_name,
            applicant_phone = @applicant_phone,
            applicant_email = @applicant_email,
            form = @form,
            updated_at = @updated_at,
            version = version + 1
        WHERE id = @id
          AND version = @version
        """;

    public const string UpdateLifecycle = """
        UPDATE permits.application
        SET status = @status,
            revision_items = @revision_items,
            decision_note = @decision_note,
            fee_amount = @fee_amount,
            invoice_id = @invoice_id,
            payment_code = @payment_code,
            invoice_expires_at = @invoice_expires_at,
            receipt_number = @receipt_number,
            permit_id = @permit_id,
            permit_number = @permit_number,
            stage_due_on = @stage_due_on,
            submitted_at = @submitted_at,
            decided_at = @decided_at,
            updated_at = @updated_at,
            version = version + 1
        WHERE id = @id
          AND version = @version
        """;

    /// <summary>
    /// Sets a stage's due date computed again where the application is still in that stage with the provisional date:
    /// a later step that counted anew wins. The version moves, since the record's answer changes.
    /// </summary>
    public const string RecomputeStageDueOn = """
        UPDATE permits.application
        SET stage_due_on = @recomputed,
            updated_at = @now,
            version = version + 1
        WHERE id = @id
          AND status = @status
          AND stage_due_on = @due_on
        """;

    public const string InsertHistory = """
        INSERT INTO permits.application_history (id, application_id, occurred_at, action, from_status, to_status, actor_client_id, actor_user_id, note, details)
        VALUES (@id, @application_id, @occurred_at, @action, @from_status, @to_status, @actor_client_id, @actor_user_id, @note, @details)
        """;

    public const string SelectHistory = """
        SELECT id AS Id, occurred_at AS OccurredAt, action AS Action, from_status AS FromStatus, to_status AS ToStatus,
            actor_client_id AS ActorClientId, actor_user_id AS ActorUserId, note AS Note, details AS Details
        FROM permits.application_history
        WHERE application_id = @application_id
        ORDER BY occurred_at, id
        """;

    public const string InsertDocument = """
        INSERT INTO permits.application_document (
            id, application_id, document_code, file_name, format, size_bytes, sha256, storage_key, uploaded_at,
            uploaded_by_client_id, uploaded_by_user_id)
        VALUES (
            @id, @application_id, @document_code, @file_name, @format, @size_bytes, @sha256, @storage_key, @uploaded_at,
            @uploaded_by_client_id, @uploaded_by_user_id)
        """;

    public const string SelectDocuments = """
        SELECT id AS Id, document_code AS DocumentCode, file_name AS FileName, format AS Format, size_bytes AS SizeBytes,
            sha256 AS Sha256, storage_key AS StorageKey, uploaded_at AS UploadedAt
        FROM permits.application_document
        WHERE application_id = @application_id
        ORDER BY uploaded_at, id
        """;

    public const string SelectDocument = """
        SELECT id AS Id, document_code AS DocumentCode, file_name AS FileName, format AS Format, size_bytes AS SizeBytes,
            sha256 AS Sha256, storage_key AS StorageKey, uploaded_at AS UploadedAt
        FROM permits.application_document
        WHERE application_id = @application_id
          AND id = @id
        """;
}

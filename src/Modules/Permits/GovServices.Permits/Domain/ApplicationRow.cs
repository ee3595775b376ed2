namespace GovServices.Permits.Domain;

/// <summary>One row of <c>permits.application</c>.</summary>
internal sealed record ApplicationRow
{
    public Guid Id { get; init; }

    public string TypeCode { get; init; } = "";

    public string OpdCode { get; init; } = "";

    public string Status { get; init; } = "";

    public string? ApplicantUserId { get; init; }

    public string? ApplicantClientId { get; init; }

    public string ApplicantName { get; init; } = "";

    public string? ApplicantNik { get; init; }

    public string? ApplicantPhone { get; init; }

    public string? ApplicantEmail { get; init; }

    /// <summary>A JSON object: field code to value.</summary>
    public string Form { get; init; } = "{}";

    /// <summary>A JSON array of the items the reviewing officer asked to be revised, while a revision is pending.</summary>
    public string? RevisionItems { get; init; }

    public string? DecisionNote { get; init; }

    public long? FeeAmount { get; init; }

    public Guid? InvoiceId { get; init; }

    public string? PaymentCode { get; init; }

    public DateTimeOffset? InvoiceExpiresAt { get; init; }

    public string? ReceiptNumber { get; init; }

    public Guid? PermitId { get; init; }

    public string? PermitNumber { get; init; }

    public DateOnly? StageDueOn { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public int Version { get; init; }
}

namespace GovServices.Permits.Issuing;

/// <summary>One row of <c>permits.issued_permit</c>.</summary>
internal sealed class IssuedPermitRow
{
    public Guid Id { get; init; }

    public Guid ApplicationId { get; init; }

    public string Number { get; init; } = "";

    public string PermitTypeCode { get; init; } = "";

    public string PermitTypeNameId { get; init; } = "";

    public string ClassificationCode { get; init; } = "";

    public string OpdCode { get; init; } = "";

    public int SequenceYear { get; init; }

    public int SequenceValue { get; init; }

    public string HolderName { get; init; } = "";

    /// <summary>Personal data: only the holder's side sees it in full.</summary>
    public string? HolderNik { get; init; }

    public string? ApplicantUserId { get; init; }

    public string? ApplicantClientId { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidUntil { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public string SigningKeyId { get; init; } = "";

    public string Token { get; init; } = "";

    /// <summary>One of <see cref="IssuedPermitStatus"/>.</summary>
    public string Status { get; init; } = "";

    public DateTimeOffset? RevokedAt { get; init; }

    public string? RevocationReason { get; init; }

    public string? RevokedByUserId { get; init; }

    public int Version { get; init; }

    public IssuedPermit ToIssuedPermit() => new(Id, Number, ValidFrom, ValidUntil, IssuedAt, Token);
}

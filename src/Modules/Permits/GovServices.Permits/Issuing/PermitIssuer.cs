using Dapper;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Issuing.Numbering;
using GovServices.Permits.Issuing.Signing;

namespace GovServices.Permits.Issuing;

/// <summary>
/// Issues permits inside the caller's unit of work. The number comes from the type's counter row for the year,
/// incremented in this transaction: concurrent issuers of one type wait on that row's lock, and a rollback returns
/// the number, so the numbers stay unique and without gaps.
/// </summary>
internal sealed class PermitIssuer(
    IUnitOfWork unitOfWork,
    IDbConnectionFactory connections,
    IAuditTrail auditTrail,
    PermitSigningKeys keys,
    PermitIssuingOptions options,
    WorkingDayCalendar calendar,
    TimeProvider clock) : IPermitIssuer
{
    public async Task<IssuedPermit> IssueAsync(PermitToIssue permit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permit);
        Check(permit);
        if (!unitOfWork.IsActive)
            throw new InvalidOperationException("Permits are issued inside the caller's unit of work; begin one first.");

        if (await FindAsync(unitOfWork, permit.ApplicationId, cancellationToken) is { } issued)
            return issued.ToIssuedPermit();

        var now = clock.GetUtcNow();
        var issuedOn = calendar.LocalDate(now);
        var counter = new { permit_type_code = permit.PermitTypeCode, year = issuedOn.Year, last_value = 0 };
        await ExecuteAsync(unitOfWork.Dialect.InsertIfAbsent(PermitNumberSequenceSql.Table, PermitNumberSequenceSql.Columns, PermitNumberSequenceSql.Key), counter, cancellationToken);
        await ExecuteAsync(PermitNumberSequenceSql.Increment, counter, cancellationToken);
        var sequence = await unitOfWork.ExecuteScalarAsync<int>(PermitNumberSequenceSql.SelectLastValue, counter, cancellationToken);

        // While this transaction waited for the counter, another may have issued this very application and committed.
        if (await FindAsync(unitOfWork, permit.ApplicationId, cancellationToken) is { } concurrentlyIssued)
        {
            await ExecuteAsync(PermitNumberSequenceSql.GiveBack, counter, cancellationToken);
            return concurrentlyIssued.ToIssuedPermit();
        }

        var key = await keys.SigningKeyAsync(cancellationToken);
        var row = new IssuedPermitRow
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = permit.ApplicationId,
            Number = PermitNumber.Format(permit.ClassificationCode, sequence, permit.OpdCode, issuedOn),
            PermitTypeCode = permit.PermitTypeCode,
            PermitTypeNameId = permit.PermitTypeNameId,
            ClassificationCode = permit.ClassificationCode.Trim(),
            OpdCode = permit.OpdCode.Trim().ToUpperInvariant(),
            SequenceYear = issuedOn.Year,
            SequenceValue = sequence,
            HolderName = permit.HolderName.Trim(),
            HolderNik = permit.HolderNik,
            ApplicantUserId = permit.ApplicantUserId,
            ApplicantClientId = permit.ApplicantClientId,
            ValidFrom = issuedOn,
            ValidUntil = permit.ValidityMonths is { } months ? issuedOn.AddMonths(months).AddDays(-1) : null,
            IssuedAt = now,
            SigningKeyId = key.KeyId,
            Status = IssuedPermitStatus.Issued,
            Version = 1,
        };
        var token = PermitToken.Sign(row, key, options.TokenIssuer, calendar.TimeZone);

        await ExecuteAsync(IssuedPermitSql.Insert, Parameters(row, token), cancellationToken);
        await auditTrail.RecordAsync(
            PermitsModule.Schema,
            new AuditEvent("permit.issued", "issued_permit", row.Id.ToString(), Details: new { applicationId = row.ApplicationId, number = row.Number, permitType = row.PermitTypeCode, opd = row.OpdCode, keyId = key.KeyId }),
            cancellationToken);
        return new IssuedPermit(row.Id, row.Number, row.ValidFrom, row.ValidUntil, row.IssuedAt, token);
    }

    public async Task<IssuedPermit?> FindByApplicationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (unitOfWork.IsActive)
            return (await FindAsync(unitOfWork, applicationId, cancellationToken))?.ToIssuedPermit();

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<IssuedPermitRow>(new CommandDefinition(
            IssuedPermitSql.SelectByApplication, new { application_id = applicationId }, cancellationToken: cancellationToken));
        return row?.ToIssuedPermit();
    }

    private static Task<IssuedPermitRow?> FindAsync(IUnitOfWork unitOfWork, Guid applicationId, CancellationToken cancellationToken) =>
        unitOfWork.QuerySingleOrDefaultAsync<IssuedPermitRow>(
            IssuedPermitSql.SelectByApplication, new { application_id = applicationId }, cancellationToken);

    private Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync(sql, parameters, cancellationToken);

    /// <summary>The lifecycle hands over checked data; anything else is a defect there, not a user's mistake.</summary>
    private static void Check(PermitToIssue permit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(permit.PermitTypeCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(permit.PermitTypeNameId);
        ArgumentException.ThrowIfNullOrWhiteSpace(permit.ClassificationCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(permit.OpdCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(permit.HolderName);
        if (permit.ValidityMonths is < 1 or > 1200)
            throw new ArgumentOutOfRangeException(nameof(permit), permit.ValidityMonths, "ValidityMonths must be between 1 and 1200, or null for a permit without an end.");
        if (permit.ClassificationCode.Contains('/', StringComparison.Ordinal) || permit.OpdCode.Contains('/', StringComparison.Ordinal))
            throw new ArgumentException("Classification and OPD codes cannot contain '/', which separates the parts of a permit number.", nameof(permit));
    }

    private static DynamicParameters Parameters(IssuedPermitRow row, string token)
    {
        var parameters = new DynamicParameters();
        parameters.Add("id", row.Id);
        parameters.Add("application_id", row.ApplicationId);
        parameters.Add("number", row.Number);
        parameters.Add("permit_type_code", row.PermitTypeCode);
        parameters.Add("permit_type_name_id", row.PermitTypeNameId);
        parameters.Add("classification_code", row.ClassificationCode);
        parameters.Add("opd_code", row.OpdCode);
        parameters.Add("sequence_year", row.SequenceYear);
        parameters.Add("sequence_value", row.SequenceValue);
        parameters.Add("holder_name", row.HolderName);
        parameters.Add("holder_nik", row.HolderNik);
        parameters.Add("applicant_user_id", row.ApplicantUserId);
        parameters.Add("applicant_client_id", row.ApplicantClientId);
        parameters.Add("valid_from", row.ValidFrom);
        parameters.Add("valid_until", row.ValidUntil);
        parameters.Add("issued_at", row.IssuedAt);
        parameters.Add("signing_key_id", row.SigningKeyId);
        parameters.Add("token", token);
        parameters.Add("status", row.Status);
        parameters.Add("version", row.Version);
        return parameters;
    }
}

using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Issuing.Signing;
using Mediator;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GovServices.Permits.Issuing.Verify;

/// <summary>Checks a permit token from a QR code: genuine, and still in force?</summary>
/// <param name="Token">The compact JWS exactly as printed.</param>
internal sealed record VerifyPermitQuery(string Token) : IQuery<Result<PermitVerification>>;

internal sealed class VerifyPermitHandler(
    IDbConnectionFactory connections,
    PermitSigningKeys keys,
    PermitIssuingOptions options,
    WorkingDayCalendar calendar,
    TimeProvider clock) : IQueryHandler<VerifyPermitQuery, Result<PermitVerification>>
{
    public async ValueTask<Result<PermitVerification>> Handle(VerifyPermitQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var invalid = PermitVerification.InvalidAt(now);

        // Every way of failing answers the same "invalid", so the answer teaches a forger nothing.
        var key = await keys.FindAsync(PermitToken.ReadKeyId(query.Token), cancellationToken);
        if (key is null)
            return invalid;

        var token = await PermitToken.ValidateAsync(query.Token, key, options.TokenIssuer);
        if (token is null || !Guid.TryParse(token.Id, out var id))
            return invalid;

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var permit = await connection.QuerySingleOrDefaultAsync<IssuedPermitRow>(new CommandDefinition(
            IssuedPermitSql.SelectById, new { id }, cancellationToken: cancellationToken));
        // A genuine signature over a permit that was never committed (its issuing rolled back), or whose facts differ
        // from the register, is no permit.
        if (permit is null || !Matches(token, permit))
            return invalid;

        var status = permit.Status == IssuedPermitStatus.Revoked ? PermitVerification.Revoked
            : permit.ValidUntil is { } until && calendar.LocalDate(now) > until ? PermitVerification.Expired
            : PermitVerification.Valid;
        return new PermitVerification(
            status,
            permit.Number,
            permit.PermitTypeCode,
            permit.PermitTypeNameId,
            permit.OpdCode,
            HolderMask.Name(permit.HolderName),
            HolderMask.Nik(permit.HolderNik),
            permit.ValidFrom,
            permit.ValidUntil,
            permit.IssuedAt,
            permit.RevokedAt,
            now);
    }

    private static bool Matches(JsonWebToken token, IssuedPermitRow permit) =>
        token.TryGetPayloadValue<string>(PermitToken.NumberClaim, out var number) && number == permit.Number
        && token.TryGetPayloadValue<string>(PermitToken.PermitTypeClaim, out var permitType) && permitType == permit.PermitTypeCode
        && token.TryGetPayloadValue<string>(PermitToken.OpdClaim, out var opd) && opd == permit.OpdCode;
}

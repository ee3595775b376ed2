using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using Mediator;

namespace GovServices.Permits.Issuing.GetIssuedPermit;

/// <summary>One issued permit, if the caller may see it; otherwise as good as absent.</summary>
internal sealed record GetIssuedPermitQuery(Guid Id) : IQuery<Result<IssuedPermitView>>;

internal sealed class GetIssuedPermitHandler(IDbConnectionFactory connections, ICurrentActor actor, ApplicantDisclosure disclosure, PermitIssuingOptions options)
    : IQueryHandler<GetIssuedPermitQuery, Result<IssuedPermitView>>
{
    public static Error NotFound => Error.NotFound(
        "issued_permit_not_found",
        Bilingual.Pick("No issued permit with this id is visible to you.", "Izin terbit dengan id ini tidak ditemukan atau tidak dapat Anda lihat."));

    public async ValueTask<Result<IssuedPermitView>> Handle(GetIssuedPermitQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var permit = await connection.QuerySingleOrDefaultAsync<IssuedPermitRow>(new CommandDefinition(
            IssuedPermitSql.SelectById, new { id = query.Id }, cancellationToken: cancellationToken));
        // Another's permit answers like a missing one: its existence is not disclosed.
        if (permit is null || !IssuedPermitAccess.CanRead(actor, permit))
            return NotFound;

        await disclosure.RecordStaffReadAsync([permit], "permit.read", cancellationToken);
        return IssuedPermitView.From(permit, IssuedPermitAccess.IsHolderSide(actor, permit), options);
    }
}

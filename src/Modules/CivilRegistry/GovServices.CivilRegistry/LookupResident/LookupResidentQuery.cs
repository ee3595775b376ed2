using System.Globalization;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.AccessTrail;
using GovServices.CivilRegistry.Contracts;
using GovServices.CivilRegistry.Domain;
using Mediator;

namespace GovServices.CivilRegistry.LookupResident;

/// <summary>
/// Reads one resident for a stated purpose, and records the access in the trail before answering; the trail commits
/// on its own, in groups (ADR 0026), so this is a query. An unknown NIK is a successful answer (null), recorded too.
/// </summary>
internal sealed record LookupResidentQuery(string Nik, string Purpose) : IQuery<Result<ResidentRecordView?>>;

internal sealed class LookupResidentHandler(
    IDbConnectionFactory connections,
    ResidentAccessTrail accessTrail,
    ICurrentActor actor,
    CivilRegistryOptions options) : IQueryHandler<LookupResidentQuery, Result<ResidentRecordView?>>
{
    public async ValueTask<Result<ResidentRecordView?>> Handle(LookupResidentQuery query, CancellationToken cancellationToken)
    {
        Resident? resident;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            resident = await connection.QuerySingleOrDefaultAsync<Resident>(new CommandDefinition(
                ResidentSql.SelectByNik, new { nik = query.Nik }, cancellationToken: cancellationToken));
        }

        // Only officers of the OPDs that configuration names see the full record; deny by default.
        var unmasked = actor.IsInRole(Roles.Officer) && options.OpdSeesUnmasked(actor.Opd);
        var result = resident is null ? AccessResult.NotFound : unmasked ? AccessResult.DisclosedUnmasked : AccessResult.DisclosedMasked;

        // Fail closed: if the trail cannot be written this throws and nothing is answered.
        await accessTrail.RecordAsync(AccessAction.Lookup, query.Nik, query.Purpose, result, cancellationToken);

        if (resident is null)
            return Result<ResidentRecordView?>.Success(null);

        return unmasked ? Unmasked(resident) : Masked(resident);
    }

    private static ResidentRecordView Unmasked(Resident resident) => new(
        resident.Nik,
        resident.Kk,
        resident.FullName,
        resident.BirthPlace,
        resident.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        resident.Sex,
        resident.Religion,
        resident.MaritalStatus,
        resident.Occupation,
        new ResidentAddressView(resident.Street, resident.Rt, resident.Rw, resident.Kelurahan, resident.KelurahanCode, resident.Kecamatan, resident.KecamatanCode),
        resident.Status.ToString(),
        Masked: false);

    // Identifiers, the street address and the day of birth are hidden; the district, the year of birth and the
    // status (moved, deceased) stay, because most services need exactly those.
    private static ResidentRecordView Masked(Resident resident) => new(
        Nik.Mask(resident.Nik),
        Nik.Mask(resident.Kk),
        resident.FullName,
        resident.BirthPlace,
        resident.BirthDate.ToString("yyyy", CultureInfo.InvariantCulture) + "-**-**",
        resident.Sex,
        resident.Religion,
        resident.MaritalStatus,
        resident.Occupation,
        new ResidentAddressView(resident.Street is null ? null : "***", "***", "***", resident.Kelurahan, resident.KelurahanCode, resident.Kecamatan, resident.KecamatanCode),
        resident.Status.ToString(),
        Masked: true);
}

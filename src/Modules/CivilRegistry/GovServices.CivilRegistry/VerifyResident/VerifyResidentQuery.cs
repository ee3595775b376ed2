using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.CivilRegistry.AccessTrail;
using GovServices.CivilRegistry.Contracts;
using GovServices.CivilRegistry.Domain;
using Mediator;

namespace GovServices.CivilRegistry.VerifyResident;

/// <summary>Does the registry know this NIK, and do the given fields agree? Answers match / mismatch, never a stored value.</summary>
/// <param name="Nik">The 16-digit NIK.</param>
/// <param name="Purpose">One of the configured purposes (legal bases); recorded in the access trail.</param>
/// <param name="FullName">Checked after normalising case, spaces, punctuation, honorifics and degrees.</param>
/// <param name="BirthDate">Checked exactly.</param>
/// <param name="BirthPlace">Checked ignoring case, spaces and punctuation.</param>
/// <param name="Sex">Checked exactly.</param>
/// <param name="Kelurahan">A kelurahan name or region code, checked against either.</param>
internal sealed record VerifyResidentQuery(
    string Nik,
    string Purpose,
    string? FullName = null,
    DateOnly? BirthDate = null,
    string? BirthPlace = null,
    Sex? Sex = null,
    string? Kelurahan = null) : IQuery<Result<ResidentVerification>>;

/// <remarks>
/// A query, although it writes the access trail: the trail commits on its own, in groups (ADR 0026), so the read
/// needs no write transaction of its own.
/// </remarks>
internal sealed class VerifyResidentHandler(IDbConnectionFactory connections, ResidentAccessTrail accessTrail)
    : IQueryHandler<VerifyResidentQuery, Result<ResidentVerification>>
{
    public async ValueTask<Result<ResidentVerification>> Handle(VerifyResidentQuery command, CancellationToken cancellationToken)
    {
        Resident? resident;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            resident = await connection.QuerySingleOrDefaultAsync<Resident>(new CommandDefinition(
                ResidentSql.SelectByNik, new { nik = command.Nik }, cancellationToken: cancellationToken));
        }

        var verification = resident is null ? new ResidentVerification(Found: false) : Compare(command, resident);
        var result = !verification.Found
            ? AccessResult.NotFound
            : IsFullMatch(verification) ? AccessResult.Matched : AccessResult.Mismatched;

        // Fail closed: if the trail cannot be written this throws and nothing is answered.
        await accessTrail.RecordAsync(AccessAction.Verification, command.Nik, command.Purpose, result, cancellationToken);
        return verification;
    }

    private static ResidentVerification Compare(VerifyResidentQuery claim, Resident resident)
    {
        var nameSimilarity = claim.FullName is null ? (double?)null : PersonName.Similarity(claim.FullName, resident.FullName);
        return new ResidentVerification(
            Found: true,
            FullName: nameSimilarity is null ? null : MatchWhen(nameSimilarity == 1.0),
            NameSimilarity: nameSimilarity,
            BirthDate: claim.BirthDate is { } birthDate ? MatchWhen(birthDate == resident.BirthDate) : null,
            BirthPlace: claim.BirthPlace is { } birthPlace ? MatchWhen(PersonName.SamePlace(birthPlace, resident.BirthPlace)) : null,
            Sex: claim.Sex is { } sex ? MatchWhen(sex == resident.Sex) : null,
            Kelurahan: claim.Kelurahan is { } kelurahan
                ? MatchWhen(PersonName.SamePlace(kelurahan, resident.Kelurahan) || string.Equals(kelurahan.Trim(), resident.KelurahanCode, StringComparison.Ordinal))
                : null);
    }

    private static FieldMatch MatchWhen(bool condition) => condition ? FieldMatch.Match : FieldMatch.Mismatch;

    private static bool IsFullMatch(ResidentVerification verification) =>
        new[] { verification.FullName, verification.BirthDate, verification.BirthPlace, verification.Sex, verification.Kelurahan }
            .All(match => match is null or FieldMatch.Match);
}

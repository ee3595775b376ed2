using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Permits.Domain;
using Mediator;

namespace GovServices.Permits.Catalogue;

/// <summary>An administrator adds a permit type, or changes one (then <paramref name="ExpectedVersion"/> is the version read).</summary>
internal sealed record SavePermitTypeCommand(string Code, PermitTypeDefinition Definition, int? ExpectedVersion) : ICommand<Result<PermitTypeSaved>>;

/// <summary>A permit type as an administrator defines it. Applications already made keep being checked against the type as it is now.</summary>
/// <param name="NameId">The name in Bahasa Indonesia, up to 200 characters.</param>
/// <param name="NameEn">The name in English, up to 200 characters.</param>
/// <param name="DescriptionId">What the permit is for (Bahasa Indonesia), up to 1,000 characters.</param>
/// <param name="Opd">The issuing department's code, for example <c>DPMPTSP</c>.</param>
/// <param name="ClassificationCode">The archival classification code that opens permit numbers, for example <c>503</c>.</param>
/// <param name="Documents">The documents to upload; codes unique.</param>
/// <param name="Fields">The form fields; codes unique.</param>
/// <param name="Fee">The fee rule; a per-unit rule names required number fields.</param>
/// <param name="Sla">Working days per stage, 0–60 each.</param>
/// <param name="ValidityMonths">Months an issued permit is valid (1–240), or null when it does not expire.</param>
/// <param name="Active">Whether new applications may be made.</param>
/// <param name="SortOrder">Display order.</param>
internal sealed record PermitTypeDefinition(
    string NameId,
    string NameEn,
    string DescriptionId,
    string Opd,
    string ClassificationCode,
    IReadOnlyList<RequiredDocument> Documents,
    IReadOnlyList<FormField> Fields,
    FeeRule Fee,
    StageSla Sla,
    int? ValidityMonths = null,
    bool Active = true,
    int SortOrder = 100);

/// <summary>The saved type and whether this call created it.</summary>
internal sealed record PermitTypeSaved(PermitType Type, bool Created);

internal sealed class SavePermitTypeHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, TimeProvider clock)
    : ICommandHandler<SavePermitTypeCommand, Result<PermitTypeSaved>>
{
    public async ValueTask<Result<PermitTypeSaved>> Handle(SavePermitTypeCommand command, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(command.Code, cancellationToken);
        if (existing is not null && command.ExpectedVersion is null)
        {
            return new Error(
                "if_match_required",
                Bilingual.Pick("This permit type exists: send the ETag you last read in If-Match to change it.", "Jenis izin ini sudah ada: kirim ETag terakhir di header If-Match untuk mengubahnya."),
                ErrorKind.PreconditionRequired);
        }

        if (existing is null && command.ExpectedVersion is not null)
            return GetPermitTypeHandler.NotFound(command.Code);

        var definition = command.Definition;
        var parameters = new
        {
            code = command.Code,
            name_id = definition.NameId.Trim(),
            name_en = definition.NameEn.Trim(),
            description_id = definition.DescriptionId.Trim(),
            opd_code = definition.Opd,
            classification_code = definition.ClassificationCode,
            documents = PermitsJson.Serialize(definition.Documents),
            fields = PermitsJson.Serialize(definition.Fields),
            fee_rule = PermitsJson.Serialize(definition.Fee),
            sla = PermitsJson.Serialize(definition.Sla),
            validity_months = definition.ValidityMonths,
            active = definition.Active,
            sort_order = definition.SortOrder,
            updated_at = clock.GetUtcNow(),
            version = command.ExpectedVersion ?? 1,
        };

        if (await ClassificationTakenAsync(command.Code, definition, cancellationToken) is { } taken)
            return taken;

        try
        {
            if (existing is null)
            {
                var inserted = await unitOfWork.ExecuteAsync(
                    unitOfWork.Dialect.InsertIfAbsent("permits.permit_type", InsertColumns, ["code"]), parameters, cancellationToken);
                if (inserted == 0)
                    return Error.Conflict("permit_type_exists", Bilingual.Pick("The permit type was created meanwhile; read it and send If-Match.", "Jenis izin ini baru saja dibuat; baca lalu kirim If-Match."));
            }
            else
            {
                var updated = await unitOfWork.ExecuteAsync(PermitTypeSql.Update, parameters, cancellationToken);
                if (updated == 0)
                    return Error.PreconditionFailed(Bilingual.Pick("The permit type changed since you read it.", "Jenis izin telah diubah sejak Anda membacanya."));
            }
        }
        catch (Exception exception) when (unitOfWork.Dialect.IsUniqueViolation(exception))
        {
            // Another administrator gave a type this code at this OPD after the check above; the transaction is lost,
            // so the other type cannot be named.
            return ClassificationTaken(definition, otherType: null);
        }

        await auditTrail.RecordAsync(
            PermitsModule.Schema,
            new AuditEvent(existing is null ? "permit_type.created" : "permit_type.changed", "permit_type", command.Code, Details: new { definition.Opd, definition.Fee.Kind, definition.Active }),
            cancellationToken);
        var saved = await FindAsync(command.Code, cancellationToken) ?? throw new InvalidOperationException("The saved permit type disappeared.");
        return new PermitTypeSaved(saved.ToPermitType(), existing is null);
    }

    /// <summary>
    /// Numbers are classification / sequence / OPD / month / year with a sequence per type, so a second type under the
    /// same code at the same OPD, or a code under which another type already issued permits, would repeat numbers.
    /// </summary>
    private async Task<Error?> ClassificationTakenAsync(string code, PermitTypeDefinition definition, CancellationToken cancellationToken)
    {
        var parameters = new { code, opd_code = definition.Opd, classification_code = definition.ClassificationCode };
        var holder = await unitOfWork.ExecuteScalarAsync<string?>(PermitTypeSql.SelectClassificationHolder, parameters, cancellationToken);
        holder ??= await unitOfWork.ExecuteScalarAsync<string?>(PermitTypeSql.SelectClassificationIssuer, parameters, cancellationToken);
        return holder is null ? null : ClassificationTaken(definition, holder);
    }

    private static Error ClassificationTaken(PermitTypeDefinition definition, string? otherType)
    {
        var other = otherType ?? "another permit type";
        var otherId = otherType ?? "jenis izin lain";
        return Error.Conflict(
            "classification_code_taken",
            Bilingual.Pick(
                $"Permit numbers would repeat: {other} already numbers with classification code {definition.ClassificationCode} at {definition.Opd}. Give this type a classification code of its own.",
                $"Nomor izin akan berulang: {otherId} sudah memakai kode klasifikasi {definition.ClassificationCode} di {definition.Opd}. Berikan kode klasifikasi tersendiri untuk jenis izin ini."));
    }

    private static readonly string[] InsertColumns =
    [
        "code", "name_id", "name_en", "description_id", "opd_code", "classification_code", "documents", "fields", "fee_rule", "sla",
        "validity_months", "active", "sort_order", "updated_at", "version",
    ];

    private Task<PermitTypeRow?> FindAsync(string code, CancellationToken cancellationToken) =>
        unitOfWork.QuerySingleOrDefaultAsync<PermitTypeRow>(PermitTypeSql.SelectByCode, new { code }, cancellationToken);
}

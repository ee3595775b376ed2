using System.Text.Json;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.Contracts;
using GovServices.Permits.ChangeStatus;
using GovServices.Permits.Domain;
using GovServices.Permits.ListApplications;
using Mediator;

namespace GovServices.Permits.SubmitApplication;

/// <summary>
/// The applicant submits a draft (or a revision). The form is checked against the type's fields, the mandatory
/// documents must be there, and the applicant's NIK and name are verified with the civil registry, before the step is
/// taken. The verification runs in the registry's own transaction (its access trail), so it comes before the step's.
/// </summary>
internal sealed record SubmitApplicationCommand(Guid Id, int ExpectedVersion, string? Note) : ISelfTransactingCommand<Result<ApplicationSummary>>;

internal sealed class SubmitApplicationHandler(
    IDbConnectionFactory connections,
    ICurrentActor actor,
    IResidentVerifier residents,
    IMediator mediator,
    WorkingDayCalendar calendar,
    PermitsOptions options,
    TimeProvider clock) : IRequestHandler<SubmitApplicationCommand, Result<ApplicationSummary>>
{
    public async ValueTask<Result<ApplicationSummary>> Handle(SubmitApplicationCommand request, CancellationToken cancellationToken)
    {
        ApplicationRow application;
        PermitType type;
        string[] documentCodes;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            var row = await connection.QuerySingleOrDefaultAsync<ApplicationRow>(new CommandDefinition(
                ApplicationSql.SelectById, new { id = request.Id }, cancellationToken: cancellationToken));
            if (ApplicationLifecycle.Refusal(actor, row, ApplicationActions.Submit, request.ExpectedVersion) is { } refusal)
                return refusal;
            application = row!;
            type = (await connection.QuerySingleAsync<PermitTypeRow>(new CommandDefinition(
                PermitTypeSql.SelectByCode, new { code = application.TypeCode }, cancellationToken: cancellationToken))).ToPermitType();
            documentCodes = [.. (await connection.QueryAsync<DocumentRow>(new CommandDefinition(
                ApplicationSql.SelectDocuments, new { application_id = application.Id }, cancellationToken: cancellationToken))).Select(document => document.DocumentCode)];
        }

        var form = PermitsJson.Deserialize<Dictionary<string, JsonElement>>(application.Form);
        var errors = FormCheck.Check(type.Fields, form, complete: true, options.CityBounds, calendar.LocalDate(clock.GetUtcNow()));
        foreach (var missing in type.Documents.Where(document => document.Mandatory && !documentCodes.Contains(document.Code)))
            errors[$"documents.{missing.Code}"] = [Bilingual.Pick($"Upload the {missing.NameEn}.", $"Unggah {missing.NameId}.")];
        if (errors.Count > 0)
        {
            return new Error(
                "application_incomplete",
                Bilingual.Pick("The application cannot be submitted yet: see each field and document.", "Permohonan belum dapat diajukan: periksa setiap isian dan dokumen."),
                ErrorKind.Unprocessable,
                errors);
        }

        if (await VerifyApplicantAsync(application, cancellationToken) is { } identityProblem)
            return identityProblem;

        return await mediator.Send(new ChangeApplicationStatusCommand(application.Id, request.ExpectedVersion, ApplicationActions.Submit, request.Note), cancellationToken);
    }

    private async Task<Error?> VerifyApplicantAsync(ApplicationRow application, CancellationToken cancellationToken)
    {
        if (application.ApplicantNik is null)
        {
            return Identity(
                "applicant_nik_missing",
                "applicant.nik",
                Bilingual.Pick("The applicant has no NIK on record; a citizen account needs one to apply.", "Pemohon tidak memiliki NIK; akun warga memerlukan NIK untuk mengajukan."));
        }

        var verified = await residents.VerifyAsync(
            new ResidentVerificationRequest(application.ApplicantNik, options.VerificationPurpose, FullName: application.ApplicantName),
            cancellationToken);
        if (!verified.IsSuccess)
            return Identity("applicant_nik_invalid", "applicant.nik", verified.Error.Message);
        if (!verified.Value.Found)
        {
            return Identity(
                "applicant_not_registered",
                "applicant.nik",
                Bilingual.Pick("The NIK is not in the civil registry.", "NIK tidak terdaftar di data kependudukan."));
        }

        if (verified.Value.FullName == FieldMatch.Mismatch)
        {
            return Identity(
                "applicant_name_mismatch",
                "applicant.name",
                Bilingual.Pick("The name does not match the one registered for this NIK; write it as on the identity card (KTP).", "Nama tidak sesuai dengan data NIK ini; tulis sesuai KTP."));
        }

        return null;
    }

    private static Error Identity(string code, string field, string message) =>
        new(code, message, ErrorKind.Unprocessable, new Dictionary<string, string[]> { [field] = [message] });
}

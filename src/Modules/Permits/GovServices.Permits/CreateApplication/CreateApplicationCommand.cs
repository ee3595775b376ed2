using System.Text.Json;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;
using GovServices.Permits.ListApplications;
using Mediator;

namespace GovServices.Permits.CreateApplication;

/// <summary>
/// Starts an application as a draft: a signed-in citizen for themself, or a partner app on behalf of the
/// <paramref name="Applicant"/>. The form may be incomplete; every value given must fit its field.
/// </summary>
/// <param name="PermitType">An active permit type code from <c>GET /api/v1/permits/types</c>, for example <c>PBG</c>.</param>
/// <param name="Applicant">
/// Who applies and will hold the permit. A signed-in citizen may leave it out, or give only a phone and email: the NIK
/// and name come from their account.
/// </param>
/// <param name="Form">Field code to value, as the permit type's fields describe (numbers as JSON numbers, dates as yyyy-MM-dd, locations as objects with latitude and longitude).</param>
internal sealed record CreateApplicationCommand(
    string PermitType,
    ApplicantDetails? Applicant = null,
    IReadOnlyDictionary<string, JsonElement>? Form = null) : ICommand<Result<ApplicationSummary>>;

internal sealed class CreateApplicationHandler(
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    ICurrentActor actor,
    ApplicationLifecycle lifecycle,
    WorkingDayCalendar calendar,
    PermitsOptions options,
    TimeProvider clock) : ICommandHandler<CreateApplicationCommand, Result<ApplicationSummary>>
{
    public async ValueTask<Result<ApplicationSummary>> Handle(CreateApplicationCommand command, CancellationToken cancellationToken)
    {
        var typeRow = await unitOfWork.QuerySingleOrDefaultAsync<PermitTypeRow>(
            PermitTypeSql.SelectByCode, new { code = command.PermitType }, cancellationToken);
        if (typeRow is not { Active: true })
        {
            return new Error(
                "permit_type_unknown",
                Bilingual.Pick($"There is no active permit type '{command.PermitType}'.", $"Jenis izin '{command.PermitType}' tidak ada atau tidak aktif."),
                ErrorKind.Unprocessable,
                new Dictionary<string, string[]> { ["permitType"] = [Bilingual.Pick("Choose an active permit type.", "Pilih jenis izin yang aktif.")] });
        }

        var type = typeRow.ToPermitType();
        var now = clock.GetUtcNow();
        var form = command.Form ?? new Dictionary<string, JsonElement>();
        var formErrors = FormCheck.Check(type.Fields, form, complete: false, options.CityBounds, calendar.LocalDate(now));
        if (formErrors.Count > 0)
            return Error.Validation(formErrors);

        var citizen = ApplicationAccess.IsCitizen(actor);
        var applicant = command.Applicant ?? new ApplicantDetails();
        var name = string.IsNullOrWhiteSpace(applicant.Name) && citizen ? actor.PersonName : applicant.Name;
        if (string.IsNullOrWhiteSpace(name))
        {
            return Error.Validation(new Dictionary<string, string[]>
            {
                ["applicant.name"] = [Bilingual.Pick("Your account has no name; give the applicant's full name.", "Akun Anda tidak memiliki nama; isi nama lengkap pemohon.")],
            });
        }

        var id = Guid.CreateVersion7(now);
        await unitOfWork.ExecuteAsync(
            ApplicationSql.Insert,
            new
            {
                id,
                type_code = type.Code,
                opd_code = type.Opd,
                status = ApplicationStatus.Draft,
                applicant_user_id = citizen ? actor.UserId : null,
                applicant_client_id = actor.ClientId,
                applicant_name = name.Trim(),
                applicant_nik = citizen ? actor.Nik : applicant.Nik,
                applicant_phone = applicant.Phone?.Trim(),
                applicant_email = applicant.Email?.Trim(),
                form = PermitsJson.Serialize(form),
                created_at = now,
                updated_at = now,
                version = 1,
            },
            cancellationToken);

        await lifecycle.RecordHistoryAsync(id, ApplicationActions.Create, null, ApplicationStatus.Draft, note: null, details: null, now, cancellationToken);
        // No applicant data in the trail: the application id leads to it for those allowed to look.
        await auditTrail.RecordAsync(
            PermitsModule.Schema,
            new AuditEvent("application.created", "application", id.ToString(), Details: new { type = type.Code, opd = type.Opd, onBehalf = !citizen }),
            cancellationToken);

        var created = await lifecycle.FindAsync(id, cancellationToken) ?? throw new InvalidOperationException("The new application disappeared.");
        return ApplicationSummary.From(created, actor, calendar, calendar.LocalDate(now));
    }
}

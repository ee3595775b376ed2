using System.Text.Json;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.CreateApplication;
using GovServices.Permits.Domain;
using GovServices.Permits.ListApplications;
using Mediator;

namespace GovServices.Permits.EditApplication;

/// <summary>The applicant replaces the draft's details and form, while it is a draft or a revision is asked for.</summary>
/// <param name="Id">The application.</param>
/// <param name="ExpectedVersion">The version read (If-Match).</param>
/// <param name="Applicant">The applicant's details; a signed-in citizen's NIK stays their own.</param>
/// <param name="Form">The whole form, replacing the previous one.</param>
internal sealed record EditApplicationCommand(Guid Id, int ExpectedVersion, ApplicantDetails Applicant, IReadOnlyDictionary<string, JsonElement>? Form)
    : ICommand<Result<ApplicationSummary>>;

/// <summary>The new details and form of a draft.</summary>
/// <param name="Applicant">Who applies; a signed-in citizen leaves the NIK out, and an app cannot change it after creation.</param>
/// <param name="Form">Field code to value; replaces the whole form.</param>
internal sealed record ApplicationEdit(ApplicantDetails Applicant, IReadOnlyDictionary<string, JsonElement>? Form);

internal sealed class EditApplicationHandler(
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    ICurrentActor actor,
    ApplicationLifecycle lifecycle,
    WorkingDayCalendar calendar,
    PermitsOptions options,
    TimeProvider clock) : ICommandHandler<EditApplicationCommand, Result<ApplicationSummary>>
{
    public async ValueTask<Result<ApplicationSummary>> Handle(EditApplicationCommand command, CancellationToken cancellationToken)
    {
        var application = await lifecycle.FindAsync(command.Id, cancellationToken);
        if (application is null || !ApplicationAccess.CanRead(actor, application))
            return ApplicationLifecycle.NotFound;
        if (!ApplicationAccess.IsApplicantSide(actor, application))
            return Error.Forbidden("application_step_not_yours", Bilingual.Pick("Only the applicant changes the application.", "Hanya pemohon yang dapat mengubah permohonan."));
        if (command.ExpectedVersion != application.Version)
            return ApplicationLifecycle.Stale;
        if (!ApplicationStatus.IsEditable(application.Status))
        {
            return Error.Conflict(
                "application_not_editable",
                Bilingual.Pick($"An application that is {application.Status} cannot be changed.", $"Permohonan berstatus {application.Status} tidak dapat diubah."));
        }
        if (command.Applicant.Nik is { } nik && nik != application.ApplicantNik)
        {
            return Error.Unprocessable(
                "applicant_nik_fixed",
                Bilingual.Pick("The applicant's NIK cannot change; start a new application for another person.", "NIK pemohon tidak dapat diubah; ajukan permohonan baru untuk orang lain."));
        }

        var type = await lifecycle.LoadTypeAsync(application.TypeCode, cancellationToken);
        var now = clock.GetUtcNow();
        var form = command.Form ?? new Dictionary<string, JsonElement>();
        var formErrors = FormCheck.Check(type.Fields, form, complete: false, options.CityBounds, calendar.LocalDate(now));
        if (formErrors.Count > 0)
            return Error.Validation(formErrors);

        var updated = await unitOfWork.ExecuteAsync(
            ApplicationSql.UpdateDraft,
            new
            {
                id = application.Id,
                version = application.Version,
                applicant_name = string.IsNullOrWhiteSpace(command.Applicant.Name) ? application.ApplicantName : command.Applicant.Name.Trim(),
                applicant_phone = command.Applicant.Phone?.Trim(),
                applicant_email = command.Applicant.Email?.Trim(),
                form = PermitsJson.Serialize(form),
                updated_at = now,
            },
            cancellationToken);
        if (updated == 0)
            return ApplicationLifecycle.Stale;

        await auditTrail.RecordAsync(PermitsModule.Schema, new AuditEvent("application.edited", "application", application.Id.ToString()), cancellationToken);
        var edited = await lifecycle.FindAsync(application.Id, cancellationToken) ?? throw new InvalidOperationException("The edited application disappeared.");
        return ApplicationSummary.From(edited, actor, calendar, calendar.LocalDate(now));
    }
}

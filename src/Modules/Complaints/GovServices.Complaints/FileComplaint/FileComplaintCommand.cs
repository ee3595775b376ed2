using System.Text.Json;
using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Security;
using GovServices.Complaints.Contracts;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.FileComplaint;

/// <summary>
/// A citizen reports a problem, or a partner app reports it on behalf of a <paramref name="Reporter"/>. Give a
/// location (latitude and longitude inside the city), an address, or both.
/// </summary>
/// <param name="Title">A short summary, up to 200 characters.</param>
/// <param name="Description">What happened and where, up to 4,000 characters.</param>
/// <param name="Category">An active category code from <c>GET /api/v1/complaints/categories</c>.</param>
/// <param name="Latitude">Decimal degrees (WGS 84); with <paramref name="Longitude"/>, inside the configured city bounds.</param>
/// <param name="Longitude">Decimal degrees (WGS 84).</param>
/// <param name="Address">A street address or landmark, up to 500 characters.</param>
/// <param name="MediaUrls">Up to 10 absolute https URLs of photos or videos.</param>
/// <param name="Anonymous">Hide the reporter's identity from the public and from the department handling it.</param>
/// <param name="Confidential">Never show the complaint publicly, not even by its tracking code.</param>
/// <param name="Reporter">Who reports, when a partner app files on someone's behalf; a signed-in citizen leaves it out.</param>
/// <param name="KelurahanCode">The kelurahan it is about: one of Kota Bontang's 15 Kemendagri codes, for example <c>64.74.01.1001</c> (Bontang Kuala); what the public figures count per kelurahan and kecamatan.</param>
/// <param name="Attributes">Answers to the category's questions (its <c>attributes</c>), by code: a string, a number, a date-time (ISO 8601), a list value's key, or an array of keys for a multivaluelist. Every required question answered, no others; 422 naming <c>attributes.{code}</c> otherwise.</param>
/// <param name="Notify">With <paramref name="Reporter"/>: they consent to be told of each public step at their contact (email, or phone by WhatsApp or SMS). Default false: without consent the city never writes to them.</param>
internal sealed record FileComplaintCommand(
    string Title,
    string Description,
    string Category,
    double? Latitude = null,
    double? Longitude = null,
    string? Address = null,
    IReadOnlyList<string>? MediaUrls = null,
    bool Anonymous = false,
    bool Confidential = false,
    ComplaintReporter? Reporter = null,
    string? KelurahanCode = null,
    IReadOnlyDictionary<string, JsonElement>? Attributes = null,
    bool Notify = false) : ICommand<Result<ComplaintFiled>>;

/// <summary>The person a partner app files for.</summary>
/// <param name="Name">Their name.</param>
/// <param name="Contact">A phone number or email address to reach them.</param>
/// <param name="Nik">Their 16-digit NIK, when they give it.</param>
internal sealed record ComplaintReporter(string Name, string Contact, string? Nik = null);

/// <summary>The filed complaint.</summary>
/// <param name="Id">The complaint's id.</param>
/// <param name="TrackingCode">The public tracking code, for example <c>LPR-7KQ2-M9XD</c>.</param>
/// <param name="Status">Always <c>submitted</c>.</param>
/// <param name="FiledAt">When it was filed (UTC).</param>
/// <param name="VerificationDueOn">The date (WITA) by which the city verifies it: three working days.</param>
/// <param name="ProvisionalDueDates">The due dates above that are provisional (verification, follow_up, resolution, auto_close): they fall in a year whose holiday decree is not yet loaded and are computed again when it is.</param>
/// <param name="PossibleDuplicates">Open, public complaints of the category within its radius of the location, nearest first (at most five): the same problem may be reported already, and following it is an option. Empty without coordinates.</param>
internal sealed record ComplaintFiled(Guid Id, string TrackingCode, string Status, DateTimeOffset FiledAt, DateOnly VerificationDueOn, IReadOnlyList<string> ProvisionalDueDates, IReadOnlyList<NearbyComplaintView> PossibleDuplicates)
{
    internal int Version { get; init; } = 1;
}

internal sealed class FileComplaintHandler(
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    IOutbox outbox,
    ICurrentActor actor,
    ComplaintDeadlines deadlines,
    WorkingDayCalendar calendar,
    ComplaintsOptions options,
    TimeProvider clock) : ICommandHandler<FileComplaintCommand, Result<ComplaintFiled>>
{
    private const int TrackingCodeAttempts = 5;

    public async ValueTask<Result<ComplaintFiled>> Handle(FileComplaintCommand command, CancellationToken cancellationToken)
    {
        var category = await unitOfWork.QuerySingleOrDefaultAsync<CategoryRow>(
            ComplaintSql.SelectCategory, new { code = command.Category }, cancellationToken);
        if (category is not { Active: true })
        {
            return new Error(
                "category_unknown",
                Bilingual.Pick($"There is no active complaint category '{command.Category}'.", $"Kategori pengaduan '{command.Category}' tidak ada atau tidak aktif."),
                ErrorKind.Unprocessable,
                new Dictionary<string, string[]> { ["category"] = [Bilingual.Pick("Choose an active category.", "Pilih kategori yang aktif.")] });
        }

        if (ComplaintAttributes.Check(CategoryAttributes.Parse(category.Attributes), command.Attributes, out var answers) is { } wrongAnswers)
            return wrongAnswers;

        if (command is { Latitude: { } latitude, Longitude: { } longitude } && ComplaintLocation.OutsideCity(options, latitude, longitude) is { } outside)
            return outside;

        var now = clock.GetUtcNow();
        var citizen = ComplaintAccess.IsCitizen(actor);
        var id = Guid.CreateVersion7(now);
        var verificationDueOn = await deadlines.WorkingDaysAfterAsync(id, DeadlineStage.Verification, now, options.VerificationWorkingDays, cancellationToken);
        var row = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["category_code"] = category.Code,
            ["opd_code"] = category.OpdCode,
            ["status"] = ComplaintStatus.Submitted,
            ["title"] = command.Title.Trim(),
            ["description"] = command.Description.Trim(),
            ["latitude"] = command.Latitude,
            ["longitude"] = command.Longitude,
            ["address"] = command.Address?.Trim(),
            ["media_urls"] = JsonSerializer.Serialize(command.MediaUrls ?? []),
            ["anonymous"] = command.Anonymous,
            ["confidential"] = command.Confidential,
            ["reporter_user_id"] = citizen ? actor.UserId : null,
            ["reporter_nik"] = citizen ? actor.Nik : command.Reporter?.Nik,
            ["reporter_name"] = citizen ? null : command.Reporter?.Name.Trim(),
            ["reporter_contact"] = citizen ? null : command.Reporter?.Contact.Trim(),
            ["filed_by_client_id"] = actor.ClientId,
            ["filed_at"] = now,
            ["verification_due_on"] = verificationDueOn,
            ["follow_up_due_on"] = null,
            ["resolution_due_on"] = null,
            ["updated_at"] = now,
            ["version"] = 1,
            ["kelurahan_code"] = command.KelurahanCode,
            ["attributes"] = answers,
            ["reporter_notify"] = !citizen && command.Reporter is not null && command.Notify,
        };

        var trackingCode = await InsertWithFreshTrackingCodeAsync(row, cancellationToken);

        await unitOfWork.ExecuteAsync(
            ComplaintSql.InsertHistory,
            new
            {
                id = Guid.CreateVersion7(now),
                complaint_id = id,
                occurred_at = now,
                action = "submitted",
                from_status = (string?)null,
                to_status = ComplaintStatus.Submitted,
                actor_client_id = actor.ClientId,
                actor_user_id = ComplaintAccess.IsPerson(actor) ? actor.UserId : null,
                note = (string?)null,
            },
            cancellationToken);

        // No reporter data in the trail: the complaint id leads to it for those allowed to look.
        await auditTrail.RecordAsync(
            ComplaintsModule.Schema,
            new AuditEvent("complaint.filed", "complaint", id.ToString(), Details: new { category = category.Code, opd = category.OpdCode, command.Anonymous, command.Confidential }),
            cancellationToken);

        await outbox.EnqueueAsync(
            ComplaintsModule.Schema,
            new ComplaintStatusChanged(id, trackingCode, FromStatus: null, ComplaintStatus.Submitted, category.Code, category.OpdCode, now,
                // No OPD yet: its officers read it only once it is dispositioned to them (ComplaintAccess.OpdOfItsOfficers).
                new EventAudience(actor.ClientId, Opd: null)),
            cancellationToken);

        IReadOnlyList<NearbyComplaint> nearby = command is { Latitude: { } lat, Longitude: { } lon }
            ? await NearbyComplaints.FindAsync(unitOfWork.Connection, unitOfWork.Transaction, category.Code, lat, lon, category.DuplicateRadiusMetres, except: id, cancellationToken)
            : [];
        return new ComplaintFiled(
            id, trackingCode, ComplaintStatus.Submitted, now, verificationDueOn, ProvisionalDueDateNames.Of(calendar, verificationDueOn), [.. nearby.Select(NearbyComplaintView.Of)]);
    }

    /// <summary>
    /// Tracking codes are random; the unique index decides. The insert skips a taken code without an error (an error
    /// would abort a PostgreSQL transaction), and another code is drawn.
    /// </summary>
    private async Task<string> InsertWithFreshTrackingCodeAsync(Dictionary<string, object?> row, CancellationToken cancellationToken)
    {
        var insert = unitOfWork.Dialect.InsertIfAbsent(ComplaintSql.Table, ComplaintSql.Columns, ["tracking_code"]);
        for (var attempt = 1; attempt <= TrackingCodeAttempts; attempt++)
        {
            var trackingCode = TrackingCode.NewCode();
            var parameters = new DynamicParameters(row);
            parameters.Add("tracking_code", trackingCode);
            var inserted = await unitOfWork.ExecuteAsync(insert, parameters, cancellationToken);
            if (inserted == 1)
                return trackingCode;
        }

        throw new InvalidOperationException($"No free tracking code after {TrackingCodeAttempts} attempts.");
    }
}

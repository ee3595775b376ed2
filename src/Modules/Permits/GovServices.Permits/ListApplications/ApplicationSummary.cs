using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.Contracts;
using GovServices.Permits.Domain;

namespace GovServices.Permits.ListApplications;

/// <summary>An application at a glance, as in lists and in the answers to its steps.</summary>
/// <param name="Id">The application's id.</param>
/// <param name="PermitType">The permit type's code.</param>
/// <param name="Opd">The issuing department (OPD).</param>
/// <param name="Status">draft, submitted, under_review, revision_requested, approved, rejected, fee_assessed, paid, issued or withdrawn.</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ApplicantNik">The applicant's NIK: in full for the applicant's side, masked for staff.</param>
/// <param name="StageDueOn">The date (WITA) by which the OPD finishes the current stage, where the city is on the clock; null elsewhere.</param>
/// <param name="StageDueProvisional">True when the stage's due date is provisional: it falls in a year whose holiday decree is not yet loaded, and is computed again when it is.</param>
/// <param name="Overdue">The current stage is past its due date.</param>
/// <param name="FeeAmount">The assessed retribution in whole rupiah, once assessed (0 for a free permit).</param>
/// <param name="PaymentCode">The virtual-account number to pay to, once the fee is assessed.</param>
/// <param name="PermitNumber">The issued permit's number, once issued.</param>
/// <param name="CreatedAt">When the draft was started (UTC).</param>
/// <param name="SubmittedAt">When it was last submitted (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
internal sealed record ApplicationSummary(
    Guid Id,
    string PermitType,
    string Opd,
    string Status,
    string ApplicantName,
    string? ApplicantNik,
    DateOnly? StageDueOn,
    bool StageDueProvisional,
    bool Overdue,
    long? FeeAmount,
    string? PaymentCode,
    string? PermitNumber,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset UpdatedAt)
{
    internal int Version { get; init; }

    public static ApplicationSummary From(ApplicationRow row, ICurrentActor actor, WorkingDayCalendar calendar, DateOnly today) => new(
        row.Id,
        row.TypeCode,
        row.OpdCode,
        row.Status,
        row.ApplicantName,
        VisibleNik(row, actor),
        row.StageDueOn,
        row.StageDueOn is { } dueOn && calendar.IsProvisional(dueOn),
        IsOverdue(row, today),
        row.FeeAmount,
        row.PaymentCode,
        row.PermitNumber,
        row.CreatedAt,
        row.SubmittedAt,
        row.UpdatedAt) { Version = row.Version };

    public static bool IsOverdue(ApplicationRow row, DateOnly today) =>
        row.StageDueOn is { } due && due < today && ApplicationStatus.WithCitySla.Contains(row.Status);

    public static string? VisibleNik(ApplicationRow row, ICurrentActor actor) =>
        row.ApplicantNik is null ? null
        : ApplicationAccess.IsApplicantSide(actor, row) ? row.ApplicantNik
        : Nik.Mask(row.ApplicantNik);
}

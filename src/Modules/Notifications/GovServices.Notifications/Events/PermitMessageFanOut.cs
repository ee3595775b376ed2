using System.Globalization;
using GovServices.BuildingBlocks.Messaging;
using GovServices.Identity.Contracts;
using GovServices.Notifications.Messages;
using GovServices.Permits.Contracts;

namespace GovServices.Notifications.Events;

/// <summary>
/// Tells a permit's applicant of each step that asks something of them or decides (docs/notifications.md, ADR 0068):
/// revision requested with the officer's note, approved, rejected, fee assessed with the payment code, amount and due
/// date, paid, issued with the verification link, revoked. The applicant and the step's details come from Permits
/// (<see cref="IPermitApplicants"/>, audited there), a signed-in applicant's contacts from Identity; a partner app's
/// applicant is told at the email, else the phone, on the application. Runs in the outbox dispatcher's unit of work.
/// </summary>
internal sealed class PermitMessageFanOut(IPermitApplicants applicants, IPersonContacts people, MessageComposer composer, NotificationsOptions options) :
    IIntegrationEventHandler<PermitApplicationStatusChanged>
{
    private const string Purpose = "notification";

    /// <summary>Bontang keeps WITA (UTC+8) all year.</summary>
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    private static readonly HashSet<string> ToldSteps =
        ["revision_requested", "approved", "rejected", "fee_assessed", "paid", "issued", "revoked"];

    public async Task HandleAsync(PermitApplicationStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (!ToldSteps.Contains(integrationEvent.ToStatus))
            return;
        var applicant = await applicants.FindAsync(integrationEvent.ApplicationId, integrationEvent.ToStatus, Purpose, cancellationToken);
        if (applicant is null)
            return;

        var link = integrationEvent.ToStatus == "issued" && applicant.VerificationPath is { } verification
            ? new Uri(options.PublicBaseUrl, verification.TrimStart('/')).ToString()
            : new Uri(options.PublicBaseUrl, $"api/v1/permits/applications/{integrationEvent.ApplicationId}").ToString();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["application_number"] = integrationEvent.ApplicationNumber,
            ["note"] = applicant.Note ?? "-",
            ["amount"] = applicant.FeeAmount is { } amount ? Rupiah(amount) : "",
            ["payment_code"] = applicant.PaymentCode ?? "",
            ["due_date"] = applicant.PaymentDueAt is { } due ? WitaTime(due) : "",
            ["receipt_number"] = applicant.ReceiptNumber ?? "",
            ["permit_number"] = integrationEvent.PermitNumber ?? applicant.PermitNumber ?? "",
        };
        var message = new PersonMessage(
            context.MessageId, "permit." + integrationEvent.ToStatus, values, link, integrationEvent.OccurredAt, PersonMessage.AboutApplication(integrationEvent.ApplicationId));
        if (applicant.UserId is { } userId)
            await composer.SendToUserAsync(userId, await people.FindAsync(userId, Purpose, cancellationToken), message, cancellationToken);
        else if (!string.IsNullOrWhiteSpace(applicant.Email) || !string.IsNullOrWhiteSpace(applicant.Phone))
            await composer.SendToContactAsync(string.IsNullOrWhiteSpace(applicant.Email) ? applicant.Phone! : applicant.Email, message, cancellationToken);
    }

    /// <summary>Rupiah as Indonesians write them: 1.250.000.</summary>
    internal static string Rupiah(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A time in WITA: 05-12-2026 23:59 WITA.</summary>
    internal static string WitaTime(DateTimeOffset at) => at.ToOffset(Wita).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + " WITA";
}

using GovServices.BuildingBlocks.Messaging;
using GovServices.Complaints.Contracts;
using GovServices.Identity.Contracts;
using GovServices.Notifications.Messages;

namespace GovServices.Notifications.Staff;

/// <summary>
/// Tells whoever holds a complaint the moment the deadline job flags one of its stages overdue (ADR 0072): the officers
/// of the OPD it is dispositioned to (its head among them), or the coordinators while the complaint desk holds it
/// (verification). Complaints publishes the event once per complaint and stage, with the flag; the message is once per
/// event, person and channel (the engine's key), however often the outbox hands it over. Each contact read is audited
/// in Identity.
/// </summary>
internal sealed class StaffMessageFanOut(IStaffMembers staff, IPersonContacts people, MessageComposer composer, NotificationsOptions options) :
    IIntegrationEventHandler<ComplaintStageOverdue>
{
    private const string Purpose = "staff_notification";

    public async Task HandleAsync(ComplaintStageOverdue integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var holders = integrationEvent.Opd is { } opd
            ? await staff.ListOfficersAsync(opd, cancellationToken)
            : await staff.ListCoordinatorsAsync(cancellationToken);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tracking_code"] = integrationEvent.TrackingCode,
            ["category"] = integrationEvent.Category,
            ["stage"] = DeadlineStageNames.Indonesian(integrationEvent.Stage),
            ["stage_en"] = DeadlineStageNames.English(integrationEvent.Stage),
            ["due_date"] = DeadlineStageNames.Date(integrationEvent.DueOn),
        };
        var link = new Uri(options.PublicBaseUrl, $"api/v1/complaints/{integrationEvent.ComplaintId}").ToString();
        var message = new PersonMessage(
            context.MessageId, StaffTemplates.StageOverdue, values, link, integrationEvent.OccurredAt, PersonMessage.AboutComplaint(integrationEvent.ComplaintId), ForStaff: true);
        foreach (var userId in holders)
            await composer.SendToUserAsync(userId, await people.FindAsync(userId, Purpose, cancellationToken), message, cancellationToken);
    }
}

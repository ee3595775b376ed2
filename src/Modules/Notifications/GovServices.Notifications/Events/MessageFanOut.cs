using GovServices.BuildingBlocks.Messaging;
using GovServices.Complaints.Contracts;
using GovServices.Identity.Contracts;
using GovServices.Notifications.Messages;

namespace GovServices.Notifications.Events;

/// <summary>
/// Tells a complaint's reporter and its followers of each public step and of each comment from staff
/// (docs/notifications.md). Events stay thin: the reporter and followers come from Complaints, a citizen's contacts
/// from Identity, each read audited there. A partner app's reporter is told at the contact given at filing when the
/// filing said <c>notify: true</c>, a partner app's follower at the contact it followed with (following is asking to
/// be told; ADR 0067). Runs in the outbox dispatcher's unit of work, so the messages, those audit records and the
/// inbox row commit together.
/// </summary>
internal sealed class MessageFanOut(
    IComplaintReporters reporters, IComplaintFollowers followers, IPersonContacts people, MessageComposer composer, NotificationsOptions options) :
    IIntegrationEventHandler<ComplaintStatusChanged>,
    IIntegrationEventHandler<ComplaintCommented>
{
    private const string Purpose = "notification";

    /// <summary>The steps a reporter hears of; filing (they just did it) and withdrawing (they did it) are not told.</summary>
    private static readonly HashSet<string> ToldSteps =
        ["verified", "rejected", "dispositioned", "in_progress", "resolved", "closed", "reopened"];

    public Task HandleAsync(ComplaintStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        ToldSteps.Contains(integrationEvent.ToStatus)
            ? TellReporterAsync(integrationEvent.ComplaintId, integrationEvent.TrackingCode, integrationEvent.Opd, "complaint." + integrationEvent.ToStatus, context, integrationEvent.OccurredAt, cancellationToken)
            : Task.CompletedTask;

    public Task HandleAsync(ComplaintCommented integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        integrationEvent.AuthorKind == "staff"
            ? TellReporterAsync(integrationEvent.ComplaintId, integrationEvent.TrackingCode, integrationEvent.Audience.Opd, "complaint.commented", context, integrationEvent.OccurredAt, cancellationToken)
            : Task.CompletedTask;

    private async Task TellReporterAsync(
        Guid complaintId, string trackingCode, string? opd, string templateId, IntegrationEventContext context, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var reporter = await reporters.FindAsync(complaintId, Purpose, cancellationToken);
        if (reporter is null)
            return;
        var link = new Uri(options.PublicBaseUrl, $"api/v1/complaints/track/{Uri.EscapeDataString(trackingCode)}").ToString();
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["tracking_code"] = trackingCode, ["opd"] = opd ?? "" };
        var message = new PersonMessage(context.MessageId, templateId, values, link, occurredAt, PersonMessage.AboutComplaint(complaintId));
        if (reporter.UserId is { } userId)
            await composer.SendToUserAsync(userId, await people.FindAsync(userId, Purpose, cancellationToken), message, cancellationToken);
        else if (reporter.Contact is { } reporterContact)
            await composer.SendToContactAsync(reporterContact, message, cancellationToken);

        // The same contact twice (a reporter who also follows) is one recipient: the message is once per person and channel.
        foreach (var follower in await followers.ListAsync(complaintId, cancellationToken))
        {
            if (follower.UserId is { } followerId)
                await composer.SendToUserAsync(followerId, await people.FindAsync(followerId, Purpose, cancellationToken), message, cancellationToken);
            else if (follower.Contact is { } followerContact)
                await composer.SendToContactAsync(followerContact, message, cancellationToken);
        }
    }
}

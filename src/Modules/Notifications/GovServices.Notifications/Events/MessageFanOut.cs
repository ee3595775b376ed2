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
/// inbox row commit together. The "is it fixed?" survey (ADR 0071) asks the reporter alone, on every channel they are
/// told on, with the survey's own link.
/// </summary>
internal sealed class MessageFanOut(
    IComplaintReporters reporters, IComplaintFollowers followers, IComplaintSurveys surveys, IPersonContacts people, MessageComposer composer, NotificationsOptions options) :
    IIntegrationEventHandler<ComplaintStatusChanged>,
    IIntegrationEventHandler<ComplaintCommented>,
    IIntegrationEventHandler<ComplaintSurveyRequested>
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

    /// <summary>A survey answered, expired or gone before its event was handled is not sent: its link would only be refused.</summary>
    public async Task HandleAsync(ComplaintSurveyRequested integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await surveys.FindOpenAsync(integrationEvent.ComplaintId, cancellationToken) is not { } survey)
            return;
        var link = new Uri(options.PublicBaseUrl, $"survey/{survey.Token}").ToString();
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["tracking_code"] = integrationEvent.TrackingCode };
        await TellAsync(integrationEvent.ComplaintId, new PersonMessage(context.MessageId, "complaint.survey", values, link, integrationEvent.OccurredAt, PersonMessage.AboutComplaint(integrationEvent.ComplaintId)), cancellationToken);
    }

    private async Task TellReporterAsync(
        Guid complaintId, string trackingCode, string? opd, string templateId, IntegrationEventContext context, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var link = new Uri(options.PublicBaseUrl, $"api/v1/complaints/track/{Uri.EscapeDataString(trackingCode)}").ToString();
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["tracking_code"] = trackingCode, ["opd"] = opd ?? "" };
        var message = new PersonMessage(context.MessageId, templateId, values, link, occurredAt, PersonMessage.AboutComplaint(complaintId));
        if (!await TellAsync(complaintId, message, cancellationToken))
            return;

        // The same contact twice (a reporter who also follows) is one recipient: the message is once per person and channel.
        foreach (var follower in await followers.ListAsync(complaintId, cancellationToken))
        {
            if (follower.UserId is { } followerId)
                await composer.SendToUserAsync(followerId, await people.FindAsync(followerId, Purpose, cancellationToken), message, cancellationToken);
            else if (follower.Contact is { } followerContact)
                await composer.SendToContactAsync(followerContact, message, cancellationToken);
        }
    }

    /// <summary>Tells the reporter alone; false when there is no such complaint.</summary>
    private async Task<bool> TellAsync(Guid complaintId, PersonMessage message, CancellationToken cancellationToken)
    {
        var reporter = await reporters.FindAsync(complaintId, Purpose, cancellationToken);
        if (reporter is null)
            return false;
        if (reporter.UserId is { } userId)
            await composer.SendToUserAsync(userId, await people.FindAsync(userId, Purpose, cancellationToken), message, cancellationToken);
        else if (reporter.Contact is { } reporterContact)
            await composer.SendToContactAsync(reporterContact, message, cancellationToken);
        return true;
    }
}

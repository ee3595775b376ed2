namespace GovServices.Notifications.Messages;

/// <summary>What happened, to tell one person about.</summary>
/// <param name="EventId">The integration event's message id: with the person and channel, the message's key.</param>
/// <param name="TemplateId">The template that says it.</param>
/// <param name="Values">The template's placeholders.</param>
/// <param name="Link">Where the person reads more (also the <c>link</c> placeholder).</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="About">The record it is about (<c>complaint:&lt;id&gt;</c>, <c>permit_application:&lt;id&gt;</c>), for staff's view of what was sent; null for a digest.</param>
/// <param name="ForStaff">Told to city staff about their work: the email's footer says so.</param>
internal sealed record PersonMessage(
    Guid EventId, string TemplateId, IReadOnlyDictionary<string, string> Values, string Link, DateTimeOffset OccurredAt, string? About = null, bool ForStaff = false)
{
    public static string AboutComplaint(Guid complaintId) => $"complaint:{complaintId}";

    public static string AboutApplication(Guid applicationId) => $"permit_application:{applicationId}";
}

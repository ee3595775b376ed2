namespace GovServices.Notifications.ListMessagesAbout;

/// <summary>One message sent about a complaint or permit application, as staff see it: to whom (masked), how it went.</summary>
/// <param name="Id">The message id (<c>msg_…</c>), the idempotency key its provider saw.</param>
/// <param name="Channel"><c>inbox</c>, <c>email</c>, <c>whatsapp</c> or <c>sms</c>.</param>
/// <param name="Recipient">The address, masked (<c>s***@example.id</c>, <c>+62812*****890</c>); null for the inbox.</param>
/// <param name="TemplateId">What it told (<c>complaint.verified</c>): docs/notifications.md lists every one.</param>
/// <param name="TemplateVersion">The template's version it was written from.</param>
/// <param name="Status"><c>created</c>, <c>sending</c>, <c>delivered</c>, <c>temporary_failure</c> or <c>permanent_failure</c>.</param>
/// <param name="StatusReason">Why it failed, as the provider or the channel said.</param>
/// <param name="Attempts">How many times it was handed to the provider; null once the delivery log aged out (30 days).</param>
/// <param name="LastError">The error of the last attempt, if it failed; null once the delivery log aged out.</param>
/// <param name="CreatedAt">When it was queued (UTC).</param>
/// <param name="StatusUpdatedAt">When its status last changed (UTC).</param>
internal sealed record MessageAbout(
    string Id,
    string Channel,
    string? Recipient,
    string TemplateId,
    int TemplateVersion,
    string Status,
    string? StatusReason,
    int? Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset StatusUpdatedAt);

namespace GovServices.Notifications.ListMyMessages;

/// <summary>One message in the signed-in person's inbox.</summary>
/// <param name="Id">The message id (<c>msg_…</c>).</param>
/// <param name="Title">A one-line summary; null once the body's retention has passed (7 days by default).</param>
/// <param name="Text">The message; null once the body's retention has passed.</param>
/// <param name="Link">Where to read more (the complaint's tracking page).</param>
/// <param name="TemplateId">What it tells (<c>complaint.verified</c>): docs/notifications.md lists every one.</param>
/// <param name="TemplateVersion">The version of the template it was written from.</param>
/// <param name="CreatedAt">When it was sent (UTC).</param>
/// <param name="ReadAt">When it was marked read; null while unread.</param>
internal sealed record MyMessage(string Id, string? Title, string? Text, string? Link, string TemplateId, int TemplateVersion, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

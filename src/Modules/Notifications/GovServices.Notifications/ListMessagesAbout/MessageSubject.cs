namespace GovServices.Notifications.ListMessagesAbout;

/// <summary>A record messages are about, written <c>complaint:{id}</c> or <c>permit_application:{id}</c>.</summary>
internal sealed record MessageSubject(string Kind, Guid Id)
{
    public const string Complaint = "complaint";
    public const string PermitApplication = "permit_application";

    public override string ToString() => $"{Kind}:{Id}";

    public static MessageSubject? Parse(string? text)
    {
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 0 || !Guid.TryParse(text.AsSpan(colon + 1), out var id))
            return null;
        var kind = text![..colon];
        return kind is Complaint or PermitApplication ? new MessageSubject(kind, id) : null;
    }
}

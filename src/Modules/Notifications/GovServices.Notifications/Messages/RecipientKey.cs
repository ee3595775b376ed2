namespace GovServices.Notifications.Messages;

/// <summary>
/// The delivery's <c>destination_id</c> for a person: derived from who they are, so that every instance computes the
/// same key and the engine's unique (channel, destination, event) makes a message once per event, person and channel.
/// </summary>
internal static class RecipientKey
{
    public static Guid OfUser(string userId) => Of("user:" + userId);

    /// <summary>Someone known only by the contact a partner app gave (ADR 0067): the normalised address is who they are.</summary>
    public static Guid OfContact(string address) => Of("contact:" + address.ToLowerInvariant());

    private static Guid Of(string name) => NameBasedId.Of("GovServices.Notifications.Recipient." + name);
}

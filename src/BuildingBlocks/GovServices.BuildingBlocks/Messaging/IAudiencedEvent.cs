namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// An integration event that names its audience (see <see cref="EventAudience"/>), so that outbound delivery can
/// decide who may receive it without asking the publishing module.
/// </summary>
public interface IAudiencedEvent : IIntegrationEvent
{
    /// <summary>Who the event concerns. Never null once read: an event written before audiences existed reads as nobody's.</summary>
    EventAudience Audience { get; }
}

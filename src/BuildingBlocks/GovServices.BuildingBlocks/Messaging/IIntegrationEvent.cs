namespace GovServices.BuildingBlocks.Messaging;

/// <summary>
/// A fact one module tells others, named in the past tense (<c>InvoicePaid</c>). Lives in the publisher's
/// <c>.Contracts</c> project; travels as JSON through the publisher's outbox.
/// </summary>
public interface IIntegrationEvent;

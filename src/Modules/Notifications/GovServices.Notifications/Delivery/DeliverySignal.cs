using GovServices.BuildingBlocks.Messaging;

namespace GovServices.Notifications.Delivery;

/// <summary>Pulsed when deliveries are queued or a sending slot frees on this instance: the worker looks at once.</summary>
internal sealed class DeliverySignal : WakeUpSignal;

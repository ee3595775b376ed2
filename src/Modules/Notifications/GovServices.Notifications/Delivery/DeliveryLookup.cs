using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Notifications.Delivery;

/// <summary>The answer to a delivery that is not in the log of the endpoint named.</summary>
internal static class DeliveryLookup
{
    public static Error NotFound(string deliveryId) => Error.NotFound("delivery_not_found", Bilingual.Pick(
        $"There is no delivery {deliveryId} in this endpoint's log.",
        $"Tidak ada pengiriman {deliveryId} dalam log endpoint ini."));
}

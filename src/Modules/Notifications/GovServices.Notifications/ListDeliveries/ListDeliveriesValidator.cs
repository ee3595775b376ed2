using FluentValidation;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Notifications.Delivery;

namespace GovServices.Notifications.ListDeliveries;

internal sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveriesQuery>
{
    public ListDeliveriesValidator()
    {
        RuleFor(query => query.Status)
            .Must(status => DeliveryStatus.All.Contains(status!))
            .When(query => query.Status is not null)
            .WithMessage(_ => Bilingual.Pick(
                $"The status must be one of: {string.Join(", ", DeliveryStatus.All)}.",
                $"Status harus salah satu dari: {string.Join(", ", DeliveryStatus.All)}."));
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(KeysetCursor.IsSortKey);
    }
}

using FluentValidation;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Permits.Domain;

namespace GovServices.Permits.ListApplications;

internal sealed class ListApplicationsValidator : AbstractValidator<ListApplicationsQuery>
{
    public ListApplicationsValidator()
    {
        RuleFor(query => query.Status)
            .Must(status => ApplicationStatus.All.Contains(status!))
            .When(query => query.Status is not null)
            .WithMessage(_ => Bilingual.Pick(
                $"The status must be one of: {string.Join(", ", ApplicationStatus.All)}.",
                $"Status harus salah satu dari: {string.Join(", ", ApplicationStatus.All)}."));
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(KeysetCursor.IsSortKey);
    }
}

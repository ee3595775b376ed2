using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.PublicStats;

internal sealed class GetPublicComplaintStatsValidator : AbstractValidator<GetPublicComplaintStatsQuery>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public GetPublicComplaintStatsValidator()
    {
        RuleFor(query => query.Period)
            .Must(period => period is null || PublicStatsPeriod.All.Contains(period))
            .WithMessage(_ => Bilingual.Pick(
                $"The period must be one of: {string.Join(", ", PublicStatsPeriod.All)}.",
                $"Periode harus salah satu dari: {string.Join(", ", PublicStatsPeriod.All)}."))
            .OverridePropertyName("period");
        RuleFor(query => query.Date)
            .InclusiveBetween(Earliest, Latest)
            .When(query => query.Date is not null)
            .OverridePropertyName("date");
    }
}

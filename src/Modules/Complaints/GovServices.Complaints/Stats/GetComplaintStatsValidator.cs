using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Stats;

internal sealed class GetComplaintStatsValidator : AbstractValidator<GetComplaintStatsQuery>
{
    public GetComplaintStatsValidator()
    {
        RuleFor(query => query.To)
            .Must((query, to) => query.From is null || to is null || to >= query.From)
            .WithMessage(_ => Bilingual.Pick("'to' must not be before 'from'.", "'to' tidak boleh sebelum 'from'."));
        RuleFor(query => query.From)
            .Must((query, from) => from is null || query.To is null || query.To.Value.DayNumber - from.Value.DayNumber < GetComplaintStatsQuery.MaxDays)
            .WithMessage(_ => Bilingual.Pick(
                $"The period may be at most {GetComplaintStatsQuery.MaxDays} days.",
                $"Periode paling lama {GetComplaintStatsQuery.MaxDays} hari."));
    }
}

using FluentValidation;

namespace GovServices.Complaints.RateComplaint;

internal sealed class RateComplaintValidator : AbstractValidator<RateComplaint>
{
    public RateComplaintValidator()
    {
        RuleFor(command => command.Score).InclusiveBetween(1, 5).OverridePropertyName("score");
    }
}

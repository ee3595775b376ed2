using FluentValidation;

namespace GovServices.Complaints.RateComplaint;

internal sealed class RateComplaintValidator : AbstractValidator<RateComplaintCommand>
{
    public RateComplaintValidator()
    {
        RuleFor(command => command.Score).InclusiveBetween(1, 5).OverridePropertyName("score");
    }
}

using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Permits.Issuing.RevokePermit;

internal sealed class RevokePermitValidator : AbstractValidator<RevokePermitCommand>
{
    public const int MaxReasonLength = 1000;

    public RevokePermitValidator()
    {
        RuleFor(command => command.Reason)
            .Must(reason => !string.IsNullOrWhiteSpace(reason))
            .WithMessage(_ => Bilingual.Pick("Say why the permit is revoked.", "Sebutkan alasan pencabutan izin."));
        RuleFor(command => command.Reason)
            .MaximumLength(MaxReasonLength)
            .WithMessage(_ => Bilingual.Pick($"The reason may be at most {MaxReasonLength} characters.", $"Alasan paling banyak {MaxReasonLength} karakter."));
    }
}

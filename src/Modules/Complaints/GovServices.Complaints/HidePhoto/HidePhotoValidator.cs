using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.HidePhoto;

internal sealed class HidePhotoValidator : AbstractValidator<HidePhotoCommand>
{
    public const int MaxReasonLength = 500;

    public HidePhotoValidator()
    {
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(MaxReasonLength)
            .WithMessage(_ => Bilingual.Pick($"Say why, in at most {MaxReasonLength} characters.", $"Sebutkan alasannya, paling banyak {MaxReasonLength} karakter."));
    }
}

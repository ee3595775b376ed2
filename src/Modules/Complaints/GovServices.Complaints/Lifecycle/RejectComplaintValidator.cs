using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.Lifecycle;

internal sealed class RejectComplaintValidator : ComplaintStepValidator<RejectComplaintCommand>
{
    public RejectComplaintValidator()
    {
        RuleFor(command => command.Reason).Must(reason => RejectionReason.All.Contains(reason))
            .OverridePropertyName("reason")
            .WithMessage(_ => Bilingual.Pick(
                $"The reason must be one of: {string.Join(", ", RejectionReason.All)}.",
                $"Alasan harus salah satu dari: {string.Join(", ", RejectionReason.All)}."));
        RuleFor(command => command.DuplicateOf).NotNull()
            .When(command => command.Reason == RejectionReason.Duplicate)
            .OverridePropertyName("duplicateOf")
            .WithMessage(_ => Bilingual.Pick("A duplicate links the original complaint: give its id.", "Laporan ganda harus merujuk pengaduan aslinya: isi id-nya."));
        RuleFor(command => command.DuplicateOf).Null()
            .When(command => command.Reason != RejectionReason.Duplicate)
            .OverridePropertyName("duplicateOf")
            .WithMessage(_ => Bilingual.Pick("Only a duplicate links another complaint.", "Hanya laporan ganda yang merujuk pengaduan lain."));
    }
}

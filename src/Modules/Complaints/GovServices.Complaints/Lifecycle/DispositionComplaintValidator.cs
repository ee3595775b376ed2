using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Complaints.Lifecycle;

internal sealed class DispositionComplaintValidator : ComplaintStepValidator<DispositionComplaintCommand>
{
    public DispositionComplaintValidator()
    {
        RuleFor(command => command.Opd).Matches("^[A-Z][A-Z0-9_]{1,49}$")
            .OverridePropertyName("opd")
            .WithMessage(_ => Bilingual.Pick("An OPD code is 2 to 50 capital letters, digits or underscores, for example DLH.", "Kode OPD terdiri atas 2 sampai 50 huruf kapital, angka, atau garis bawah, misalnya DLH."));
    }
}

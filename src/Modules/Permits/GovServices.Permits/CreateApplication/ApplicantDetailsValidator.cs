using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.CivilRegistry.Contracts;

namespace GovServices.Permits.CreateApplication;

/// <summary>The applicant's details; shared by the draft's creation and its edits.</summary>
internal sealed class ApplicantDetailsValidator : AbstractValidator<ApplicantDetails>
{
    public ApplicantDetailsValidator(bool citizen, string? citizenNik)
    {
        RuleFor(applicant => applicant.Name).MaximumLength(200);
        if (!citizen)
        {
            RuleFor(applicant => applicant.Name).NotEmpty()
                .WithMessage(_ => Bilingual.Pick("Give the applicant's full name when applying on their behalf.", "Isi nama lengkap pemohon bila mengajukan atas namanya."));
        }

        RuleFor(applicant => applicant.Phone).MaximumLength(40);
        RuleFor(applicant => applicant.Email).EmailAddress().MaximumLength(320);
        if (citizen)
        {
            RuleFor(applicant => applicant.Nik)
                .Must(nik => nik is null || nik == citizenNik)
                .WithMessage(_ => Bilingual.Pick("A signed-in citizen applies with their own NIK: leave it out.", "Warga yang masuk mengajukan dengan NIK sendiri: kosongkan NIK."));
        }
        else
        {
            RuleFor(applicant => applicant.Nik)
                .NotEmpty()
                .WithMessage(_ => Bilingual.Pick("Give the applicant's NIK when applying on their behalf.", "Isi NIK pemohon bila mengajukan atas namanya."))
                .Custom((text, context) =>
                {
                    // The civil registry's rules, so a NIK is judged the same everywhere.
                    if (text is not null && !Nik.TryParse(text, out _, out var error))
                        context.AddFailure(error.Message);
                });
        }
    }
}

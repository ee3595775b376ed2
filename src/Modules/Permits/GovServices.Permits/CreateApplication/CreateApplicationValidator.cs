using FluentValidation;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.Contracts;
using GovServices.Permits.Domain;

namespace GovServices.Permits.CreateApplication;

internal sealed class CreateApplicationValidator : AbstractValidator<CreateApplication>
{
    public CreateApplicationValidator(ICurrentActor actor)
    {
        RuleFor(command => command.PermitType).NotEmpty().MaximumLength(30);
        RuleFor(command => command.Applicant).NotNull()
            .WithMessage(_ => Messages.Pick("Say who applies: the applicant's name (and NIK when applying on someone's behalf).", "Sebutkan pemohonnya: nama pemohon (dan NIK bila mengajukan atas nama orang lain)."));
        RuleFor(command => command.Applicant).SetValidator(new ApplicantDetailsValidator(ApplicationAccess.IsCitizen(actor), actor.Nik))
            .When(command => command.Applicant is not null);
        RuleFor(command => command.Form).Must(form => form is null || form.Count <= 100)
            .WithMessage(_ => Messages.Pick("A form has at most 100 fields.", "Formulir paling banyak 100 isian."));
    }
}

/// <summary>The applicant's details; shared by the draft's creation and its edits.</summary>
internal sealed class ApplicantDetailsValidator : AbstractValidator<ApplicantDetails>
{
    public ApplicantDetailsValidator(bool citizen, string? citizenNik)
    {
        RuleFor(applicant => applicant.Name).NotEmpty().MaximumLength(200);
        RuleFor(applicant => applicant.Phone).MaximumLength(40);
        RuleFor(applicant => applicant.Email).EmailAddress().MaximumLength(320);
        if (citizen)
        {
            RuleFor(applicant => applicant.Nik)
                .Must(nik => nik is null || nik == citizenNik)
                .WithMessage(_ => Messages.Pick("A signed-in citizen applies with their own NIK: leave it out.", "Warga yang masuk mengajukan dengan NIK sendiri: kosongkan NIK."));
        }
        else
        {
            RuleFor(applicant => applicant.Nik)
                .NotEmpty()
                .WithMessage(_ => Messages.Pick("Give the applicant's NIK when applying on their behalf.", "Isi NIK pemohon bila mengajukan atas namanya."))
                .Custom((text, context) =>
                {
                    // The civil registry's rules, so a NIK is judged the same everywhere.
                    if (text is not null && !Nik.TryParse(text, out _, out var error))
                        context.AddFailure(Messages.Pick(error.Message, $"NIK tidak valid ({error.Code})."));
                });
        }
    }
}

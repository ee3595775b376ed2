using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.Domain;

namespace GovServices.Permits.CreateApplication;

internal sealed class CreateApplicationValidator : AbstractValidator<CreateApplicationCommand>
{
    public CreateApplicationValidator(ICurrentActor actor)
    {
        RuleFor(command => command.PermitType).NotEmpty().MaximumLength(30);
        RuleFor(command => command.Applicant).NotNull()
            .When(_ => !ApplicationAccess.IsCitizen(actor))
            .WithMessage(_ => Bilingual.Pick("Say who applies: the applicant's name (and NIK when applying on someone's behalf).", "Sebutkan pemohonnya: nama pemohon (dan NIK bila mengajukan atas nama orang lain)."));
        RuleFor(command => command.Applicant!).SetValidator(new ApplicantDetailsValidator(ApplicationAccess.IsCitizen(actor), actor.Nik))
            .When(command => command.Applicant is not null);
        RuleFor(command => command.Form).Must(form => form is null || form.Count <= 100)
            .WithMessage(_ => Bilingual.Pick("A form has at most 100 fields.", "Formulir paling banyak 100 isian."));
    }
}

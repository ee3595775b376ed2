using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Permits.CreateApplication;
using GovServices.Permits.Domain;

namespace GovServices.Permits.EditApplication;

internal sealed class EditApplicationValidator : AbstractValidator<EditApplicationCommand>
{
    public EditApplicationValidator(ICurrentActor actor)
    {
        RuleFor(command => command.Applicant).NotNull();
        // A signed-in citizen may leave the name out: the application keeps the one it has.
        RuleFor(command => command.Applicant.Name).MaximumLength(200).When(command => command.Applicant is not null);
        RuleFor(command => command.Applicant.Name).NotEmpty().When(command => command.Applicant is not null && !ApplicationAccess.IsCitizen(actor));
        RuleFor(command => command.Applicant.Phone).MaximumLength(40).When(command => command.Applicant is not null);
        RuleFor(command => command.Applicant.Email).EmailAddress().MaximumLength(320).When(command => command.Applicant is not null);
        RuleFor(command => command.Applicant.Nik)
            .Must(nik => nik is null || nik == actor.Nik)
            .When(command => command.Applicant is not null && ApplicationAccess.IsCitizen(actor))
            .WithMessage(_ => Bilingual.Pick("A signed-in citizen applies with their own NIK: leave it out.", "Warga yang masuk mengajukan dengan NIK sendiri: kosongkan NIK."));
        RuleFor(command => command.Form).Must(form => form is null || form.Count <= 100)
            .WithMessage(_ => Bilingual.Pick("A form has at most 100 fields.", "Formulir paling banyak 100 isian."));
    }
}

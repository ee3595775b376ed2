using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Notifications.Templates;

internal sealed class UpdateTemplateValidator : AbstractValidator<UpdateTemplateCommand>
{
    public UpdateTemplateValidator()
    {
        RuleFor(command => command.Text.Subject)
            .NotEmpty().MaximumLength(200)
            .WithMessage(_ => Bilingual.Pick("The subject is required, up to 200 characters.", "Subjek wajib diisi, paling banyak 200 karakter."));
        RuleFor(command => command.Text.Body)
            .NotEmpty().MaximumLength(1000)
            .WithMessage(_ => Bilingual.Pick("The body is required, up to 1,000 characters.", "Isi pesan wajib diisi, paling banyak 1.000 karakter."));
        RuleFor(command => command.Text.ProviderTemplate)
            .Matches("^[a-z0-9_]{1,512}$")
            .When(command => command.Text.ProviderTemplate is not null)
            .WithMessage(_ => Bilingual.Pick("The provider template name has lower-case letters, digits and underscores only.", "Nama templat penyedia hanya berisi huruf kecil, angka dan garis bawah."));
    }
}

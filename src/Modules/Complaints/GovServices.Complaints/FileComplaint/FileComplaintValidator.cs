using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.Contracts;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.FileComplaint;

internal sealed class FileComplaintValidator : AbstractValidator<FileComplaintCommand>
{
    public const int MaxMediaUrls = 10;

    public FileComplaintValidator(ICurrentActor actor)
    {
        RuleFor(command => command.Title).NotEmpty().MaximumLength(200);
        RuleFor(command => command.Description).NotEmpty().MaximumLength(4000);
        RuleFor(command => command.Category).NotEmpty().MaximumLength(50);
        RuleFor(command => command.Latitude).InclusiveBetween(-90, 90);
        RuleFor(command => command.Longitude).InclusiveBetween(-180, 180);
        RuleFor(command => command.Latitude).NotNull()
            .When(command => command.Longitude is not null)
            .WithMessage(_ => Bilingual.Pick("Give the latitude with the longitude.", "Isi lintang bersama bujur."));
        RuleFor(command => command.Longitude).NotNull()
            .When(command => command.Latitude is not null)
            .WithMessage(_ => Bilingual.Pick("Give the longitude with the latitude.", "Isi bujur bersama lintang."));
        RuleFor(command => command.Address).MaximumLength(500);
        RuleFor(command => command.Address).NotEmpty()
            .When(command => command.Latitude is null && command.Longitude is null)
            .WithMessage(_ => Bilingual.Pick("Say where: give coordinates, an address, or both.", "Sebutkan lokasinya: isi koordinat, alamat, atau keduanya."));
        RuleFor(command => command.MediaUrls).Must(urls => urls is null || urls.Count <= MaxMediaUrls)
            .WithMessage(_ => Bilingual.Pick($"Attach at most {MaxMediaUrls} media URLs.", $"Lampirkan paling banyak {MaxMediaUrls} URL media."));
        RuleForEach(command => command.MediaUrls)
            .Must(BeAbsoluteHttpsUrl)
            .WithMessage(_ => Bilingual.Pick("Each media URL must be an absolute https URL of at most 2,000 characters.", "Setiap URL media harus berupa URL https lengkap dengan panjang paling banyak 2.000 karakter."));

        RuleFor(command => command.Attributes).Must(answers => answers is null || answers.Count <= CategoryAttributes.MaxAttributes)
            .WithMessage(_ => Bilingual.Pick($"Give at most {CategoryAttributes.MaxAttributes} answers.", $"Berikan paling banyak {CategoryAttributes.MaxAttributes} jawaban."));

        RuleFor(command => command.KelurahanCode).Must(BeABontangKelurahan)
            .When(command => command.KelurahanCode is not null)
            .WithMessage(_ => Bilingual.Pick(
                "The kelurahan must be one of Kota Bontang's Kemendagri codes, for example 64.74.01.1001.",
                "Kelurahan harus salah satu kode Kemendagri di Kota Bontang, misalnya 64.74.01.1001."));

        var citizen = ComplaintAccess.IsCitizen(actor);
        if (citizen)
        {
            RuleFor(command => command.Reporter).Null()
                .WithMessage(_ => Bilingual.Pick("Leave the reporter out: a signed-in citizen reports as themself.", "Kosongkan data pelapor: warga yang masuk melapor atas namanya sendiri."));
        }
        else
        {
            RuleFor(command => command.Reporter).NotNull()
                .WithMessage(_ => Bilingual.Pick("Say who reports: the reporter's name and contact.", "Sebutkan pelapornya: nama dan kontak pelapor."));
            RuleFor(command => command.Reporter!.Name).NotEmpty().MaximumLength(200).When(command => command.Reporter is not null);
            RuleFor(command => command.Reporter!.Contact).NotEmpty().MaximumLength(200).When(command => command.Reporter is not null);
            RuleFor(command => command.Reporter!.Nik)
                .Custom((text, context) =>
                {
                    // The civil registry's rules, so a NIK is judged the same everywhere.
                    if (!Nik.TryParse(text, out _, out var error))
                        context.AddFailure(error.Message);
                })
                .When(command => command.Reporter?.Nik is not null);
        }
    }

    private static bool BeABontangKelurahan(string? code) =>
        code is not null && Regions.TryFind(code, out var region) && region.Level == RegionLevel.Village
        && region.Code.StartsWith(Regions.BontangCode + ".", StringComparison.Ordinal);

    private static bool BeAbsoluteHttpsUrl(string? url) =>
        url is { Length: <= 2000 }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);
}

using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Identity.Users;

namespace GovServices.Identity.Admin.BindClientOpd;

/// <summary>Unbinding carries no OPD; binding one of the form staff accounts use.</summary>
internal sealed class BindClientOpdValidator : AbstractValidator<BindClientOpdCommand>
{
    public BindClientOpdValidator()
    {
        RuleFor(command => command.Opd)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage(_ => Bilingual.Pick("Give the OPD's code, for example DPMPTSP; to unbind the client, DELETE its OPD.", "Isi kode OPD, misalnya DPMPTSP; untuk melepas klien dari OPD, gunakan DELETE."))
            .OpdCode()
            .When(command => command.Opd is not null);
    }
}

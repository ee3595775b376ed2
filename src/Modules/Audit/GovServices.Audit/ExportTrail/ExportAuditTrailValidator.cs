using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Audit.ExportTrail;

internal sealed class ExportAuditTrailValidator : AbstractValidator<ExportAuditTrailCommand>
{
    public ExportAuditTrailValidator()
    {
        RuleFor(command => command.Module).NotEmpty();
        RuleFor(command => command.Format)
            .Must(format => ExportFormat.All.Contains(format))
            .WithMessage(_ => Bilingual.Pick("Format must be jsonl or csv.", "Format harus jsonl atau csv."));
        RuleFor(command => command.From)
            .NotEqual(DateTimeOffset.MinValue)
            .WithMessage(_ => Bilingual.Pick("'from' is required.", "'from' wajib diisi."));
        RuleFor(command => command.Until)
            .NotEqual(DateTimeOffset.MinValue)
            .WithMessage(_ => Bilingual.Pick("'until' is required.", "'until' wajib diisi."));
        RuleFor(command => command.Until)
            .GreaterThan(command => command.From)
            .WithMessage(_ => Bilingual.Pick("'until' must be later than 'from'.", "'until' harus lebih lambat dari 'from'."));
    }
}

using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Permits.Domain;

namespace GovServices.Permits.Catalogue;

internal sealed class SavePermitTypeValidator : AbstractValidator<SavePermitTypeCommand>
{
    private static readonly string[] Formats = [.. DocumentFormat.All];

    public SavePermitTypeValidator()
    {
        RuleFor(command => command.Code).NotEmpty().Matches("^[A-Z][A-Z0-9_]{1,29}$")
            .WithMessage(_ => Bilingual.Pick("The code is 2–30 capital letters, digits or underscores, starting with a letter.", "Kode terdiri dari 2–30 huruf kapital, angka, atau garis bawah, diawali huruf."));
        RuleFor(command => command.Definition).NotNull();
        RuleFor(command => command.Definition.NameId).NotEmpty().MaximumLength(200);
        RuleFor(command => command.Definition.NameEn).NotEmpty().MaximumLength(200);
        RuleFor(command => command.Definition.DescriptionId).NotEmpty().MaximumLength(1000);
        RuleFor(command => command.Definition.Opd).NotEmpty().Matches("^[A-Z][A-Z0-9]{1,29}$");
        RuleFor(command => command.Definition.ClassificationCode).NotEmpty().Matches(@"^[0-9]{3}(\.[0-9]{1,3}){0,3}$")
            .WithMessage(_ => Bilingual.Pick("The classification code is three digits, optionally with dotted parts (503, 500.16.7).", "Kode klasifikasi terdiri dari tiga angka, boleh dengan bagian bertitik (503, 500.16.7)."));
        RuleFor(command => command.Definition.ValidityMonths).InclusiveBetween(1, 240);
        RuleFor(command => command.Definition.Sla).NotNull();
        RuleFor(command => command.Definition.Sla.Verification).InclusiveBetween(0, 60).When(command => command.Definition.Sla is not null);
        RuleFor(command => command.Definition.Sla.Review).InclusiveBetween(0, 60).When(command => command.Definition.Sla is not null);
        RuleFor(command => command.Definition.Sla.FeeAssessment).InclusiveBetween(0, 60).When(command => command.Definition.Sla is not null);

        RuleFor(command => command.Definition.Documents).NotNull()
            .Must(documents => documents.Select(document => document.Code).Distinct(StringComparer.Ordinal).Count() == documents.Count)
            .WithMessage(_ => Bilingual.Pick("Document codes must be unique.", "Kode dokumen tidak boleh berulang."));
        RuleForEach(command => command.Definition.Documents).ChildRules(document =>
        {
            document.RuleFor(d => d.Code).NotEmpty().Matches("^[a-z][a-z0-9_]{1,49}$");
            document.RuleFor(d => d.NameId).NotEmpty().MaximumLength(200);
            document.RuleFor(d => d.NameEn).NotEmpty().MaximumLength(200);
            document.RuleFor(d => d.Formats).NotEmpty()
                .Must(formats => formats.All(Formats.Contains))
                .WithMessage(_ => Bilingual.Pick($"Formats must be among: {string.Join(", ", Formats)}.", $"Format harus salah satu dari: {string.Join(", ", Formats)}."));
        });

        RuleFor(command => command.Definition.Fields).NotNull()
            .Must(fields => fields.Select(field => field.Code).Distinct(StringComparer.Ordinal).Count() == fields.Count)
            .WithMessage(_ => Bilingual.Pick("Field codes must be unique.", "Kode isian tidak boleh berulang."));
        RuleForEach(command => command.Definition.Fields).ChildRules(field =>
        {
            field.RuleFor(f => f.Code).NotEmpty().Matches("^[a-z][a-z0-9_]{1,49}$");
            field.RuleFor(f => f.LabelId).NotEmpty().MaximumLength(200);
            field.RuleFor(f => f.LabelEn).NotEmpty().MaximumLength(200);
            field.RuleFor(f => f.Type).Must(type => FieldTypes.All.Contains(type))
                .WithMessage(_ => Bilingual.Pick($"The type must be one of: {string.Join(", ", FieldTypes.All)}.", $"Tipe harus salah satu dari: {string.Join(", ", FieldTypes.All)}."));
            field.RuleFor(f => f.Options).NotEmpty().When(f => f.Type == FieldTypes.Choice)
                .WithMessage(_ => Bilingual.Pick("A choice field lists its options.", "Isian pilihan harus memiliki daftar pilihan."));
            field.RuleFor(f => f.Pattern).Must(BeARegularExpression).When(f => f.Pattern is not null)
                .WithMessage(_ => Bilingual.Pick("The pattern is not a valid regular expression.", "Pola bukan ekspresi reguler yang valid."));
            field.RuleFor(f => f.Max).GreaterThanOrEqualTo(f => f.Min).When(f => f.Min is not null && f.Max is not null);
            field.RuleFor(f => f.MaxLength).InclusiveBetween(1, 4000);
        });

        RuleFor(command => command.Definition.Fee).NotNull();
        RuleFor(command => command.Definition.Fee.Kind).Must(kind => FeeRule.Kinds.Contains(kind))
            .When(command => command.Definition.Fee is not null)
            .WithMessage(_ => Bilingual.Pick($"The fee kind must be one of: {string.Join(", ", FeeRule.Kinds)}.", $"Jenis retribusi harus salah satu dari: {string.Join(", ", FeeRule.Kinds)}."));
        RuleFor(command => command.Definition.Fee.Amount).NotNull().GreaterThan(0)
            .When(command => command.Definition.Fee?.Kind == FeeRule.Fixed);
        RuleFor(command => command.Definition.Fee.RatePerUnit).NotNull().GreaterThan(0)
            .When(command => command.Definition.Fee?.Kind == FeeRule.PerUnit);
        RuleFor(command => command.Definition.Fee.UnitFields)
            .Must((command, unitFields) => unitFields is { Count: > 0 } && unitFields.All(code =>
                command.Definition.Fields?.Any(field => field.Code == code && field.Type == FieldTypes.Number && field.Required) == true))
            .When(command => command.Definition.Fee?.Kind == FeeRule.PerUnit)
            .WithMessage(_ => Bilingual.Pick("A per-unit fee names one or more required number fields of the form.", "Retribusi per satuan harus menyebut satu atau lebih isian angka yang wajib."));
    }

    private static bool BeARegularExpression(string? pattern)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern!, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

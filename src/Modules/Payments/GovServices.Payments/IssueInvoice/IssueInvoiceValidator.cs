using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.CivilRegistry.Contracts;

namespace GovServices.Payments.IssueInvoice;

/// <summary>
/// Every rule of a chain carries its field's message (<c>WithMessage</c> covers only the rule before it), so no answer
/// falls back to the library's English default.
/// </summary>
internal sealed class IssueInvoiceValidator : AbstractValidator<IssueInvoiceCommand>
{
    /// <summary>A trillion rupiah: more than any retribution; a larger amount is a typo or an attack.</summary>
    public const long MaxAmount = 1_000_000_000_000;

    public IssueInvoiceValidator(TimeProvider clock)
    {
        RuleFor(command => command.Source).NotNull().WithMessage(_ => SourceMessage());
        RuleFor(command => command.Source.Module)
            .NotEmpty().WithMessage(_ => ModuleMessage())
            .MaximumLength(50).WithMessage(_ => ModuleMessage())
            .Matches("^[a-z][a-z0-9_-]*$").WithMessage(_ => ModuleMessage())
            .When(command => command.Source is not null);
        RuleFor(command => command.Source.Reference)
            .NotEmpty().WithMessage(_ => ReferenceMessage())
            .MaximumLength(100).WithMessage(_ => ReferenceMessage())
            .When(command => command.Source is not null);
        RuleFor(command => command.Amount)
            .GreaterThan(0).WithMessage(_ => AmountMessage())
            .LessThanOrEqualTo(MaxAmount).WithMessage(_ => AmountMessage());
        RuleFor(command => command.Description)
            .NotEmpty().WithMessage(_ => DescriptionMessage())
            .MaximumLength(500).WithMessage(_ => DescriptionMessage());
        RuleFor(command => command.PayerName)
            .NotEmpty().WithMessage(_ => PayerNameMessage())
            .MaximumLength(200).WithMessage(_ => PayerNameMessage());
        RuleFor(command => command.PayerNik).Must(nik => nik is null || Nik.TryParse(nik, out _, out _))
            .WithMessage(_ => Bilingual.Pick("Give a valid 16-digit NIK, or leave it out.", "Isi NIK 16 digit yang sah, atau kosongkan."));
        RuleFor(command => command.ExpiresAt).Must(expiresAt => expiresAt is null || expiresAt > clock.GetUtcNow())
            .WithMessage(_ => Bilingual.Pick("The expiry must be in the future.", "Batas waktu pembayaran harus di masa depan."));
        RuleFor(command => command.DueAt).Must((command, dueAt) => dueAt is null || command.ExpiresAt is null || dueAt <= command.ExpiresAt)
            .WithMessage(_ => Bilingual.Pick("The due time cannot be after the expiry.", "Jatuh tempo tidak boleh setelah batas waktu pembayaran."));
    }

    private static string SourceMessage() =>
        Bilingual.Pick("Give the source: the module and its record the invoice is for.", "Isi sumber tagihan: modul dan datanya yang ditagihkan.");

    private static string ModuleMessage() =>
        Bilingual.Pick(
            "The source module is up to 50 lowercase letters, digits, '-' or '_', starting with a letter.",
            "Modul sumber paling banyak 50 huruf kecil, angka, '-' atau '_', diawali huruf.");

    private static string ReferenceMessage() =>
        Bilingual.Pick("Give the source's reference, up to 100 characters.", "Isi referensi sumber, paling banyak 100 karakter.");

    private static string AmountMessage() =>
        Bilingual.Pick(
            "The amount is whole rupiah, more than zero and at most 1,000,000,000,000.",
            "Jumlah dalam rupiah bulat, lebih dari nol dan paling banyak 1.000.000.000.000.");

    private static string DescriptionMessage() =>
        Bilingual.Pick("Describe what is paid for, up to 500 characters.", "Isi uraian yang dibayar, paling banyak 500 karakter.");

    private static string PayerNameMessage() =>
        Bilingual.Pick("Give the payer's name, up to 200 characters.", "Isi nama pembayar, paling banyak 200 karakter.");
}

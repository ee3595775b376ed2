using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Payments.CancelInvoice;

internal sealed class CancelInvoiceValidator : AbstractValidator<CancelInvoiceCommand>
{
    public CancelInvoiceValidator()
    {
        RuleFor(command => command.Reason)
            .NotEmpty().WithMessage(_ => ReasonMessage())
            .MaximumLength(500).WithMessage(_ => ReasonMessage());
    }

    private static string ReasonMessage() =>
        Bilingual.Pick("Give the reason for cancelling, up to 500 characters.", "Isi alasan pembatalan, paling banyak 500 karakter.");
}

using FluentValidation;

namespace GovServices.Payments.CancelInvoice;

internal sealed class CancelInvoiceValidator : AbstractValidator<CancelInvoice>
{
    public CancelInvoiceValidator()
    {
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(500)
            .WithMessage(_ => Messages.Pick("Give the reason for cancelling, up to 500 characters.", "Isi alasan pembatalan, paling banyak 500 karakter."));
    }
}

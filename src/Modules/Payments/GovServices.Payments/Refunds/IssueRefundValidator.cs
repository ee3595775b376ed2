using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Payments.IssueInvoice;

namespace GovServices.Payments.Refunds;

internal sealed class IssueRefundValidator : AbstractValidator<IssueRefundCommand>
{
    public IssueRefundValidator()
    {
        RuleFor(command => command.Amount)
            .GreaterThan(0).WithMessage(_ => AmountMessage())
            .LessThanOrEqualTo(IssueInvoiceValidator.MaxAmount).WithMessage(_ => AmountMessage());
        RuleFor(command => command.ExpectedRefundableAmount).GreaterThanOrEqualTo(0)
            .WithMessage(_ => Bilingual.Pick("Give the refundable amount you read, in whole rupiah.", "Isi jumlah yang dapat dikembalikan yang Anda baca, dalam rupiah bulat."));
        RuleFor(command => command.Reason)
            .NotEmpty().WithMessage(_ => ReasonMessage())
            .MaximumLength(500).WithMessage(_ => ReasonMessage());
        RuleFor(command => command.BankReference).MaximumLength(128)
            .WithMessage(_ => Bilingual.Pick("The bank reference is up to 128 characters.", "Referensi bank paling banyak 128 karakter."));
    }

    private static string AmountMessage() =>
        Bilingual.Pick("The amount is whole rupiah, more than zero.", "Jumlah dalam rupiah bulat, lebih dari nol.");

    private static string ReasonMessage() =>
        Bilingual.Pick("Give the reason for the refund, up to 500 characters.", "Isi alasan pengembalian dana, paling banyak 500 karakter.");
}

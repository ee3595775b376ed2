using FluentValidation;
using GovServices.CivilRegistry.Contracts;

namespace GovServices.Payments.IssueInvoice;

internal sealed class IssueInvoiceValidator : AbstractValidator<IssueInvoice>
{
    /// <summary>A trillion rupiah: more than any retribution; a larger amount is a typo or an attack.</summary>
    public const long MaxAmount = 1_000_000_000_000;

    public IssueInvoiceValidator(TimeProvider clock)
    {
        RuleFor(command => command.Source).NotNull();
        RuleFor(command => command.Source.Module).NotEmpty().MaximumLength(50).Matches("^[a-z][a-z0-9_-]*$")
            .When(command => command.Source is not null);
        RuleFor(command => command.Source.Reference).NotEmpty().MaximumLength(100)
            .When(command => command.Source is not null);
        RuleFor(command => command.Amount).GreaterThan(0).LessThanOrEqualTo(MaxAmount);
        RuleFor(command => command.Description).NotEmpty().MaximumLength(500);
        RuleFor(command => command.PayerName).NotEmpty().MaximumLength(200);
        RuleFor(command => command.PayerNik).Must(nik => nik is null || Nik.TryParse(nik, out _, out _))
            .WithMessage("Give a valid 16-digit NIK, or leave it out.");
        RuleFor(command => command.ExpiresAt).Must(expiresAt => expiresAt is null || expiresAt > clock.GetUtcNow())
            .WithMessage("The expiry must be in the future.");
        RuleFor(command => command.DueAt).Must((command, dueAt) => dueAt is null || command.ExpiresAt is null || dueAt <= command.ExpiresAt)
            .WithMessage("The due time cannot be after the expiry.");
    }
}

using FluentValidation;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Payments.Reconciliation;

internal sealed class ResolveReconciliationItemValidator : AbstractValidator<ResolveReconciliationItemCommand>
{
    public ResolveReconciliationItemValidator()
    {
        RuleFor(command => command.Note)
            .NotEmpty().WithMessage(_ => NoteMessage())
            .MaximumLength(1000).WithMessage(_ => NoteMessage());
    }

    private static string NoteMessage() =>
        Bilingual.Pick("Write what was found and done, up to 1,000 characters.", "Tulis temuan dan tindakan, paling banyak 1.000 karakter.");
}

using FluentValidation;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Permits.Domain;

namespace GovServices.Permits.ChangeStatus;

internal sealed class ChangeApplicationStatusValidator : AbstractValidator<ChangeApplicationStatusCommand>
{
    public const int MaxRevisionItems = 50;

    public ChangeApplicationStatusValidator()
    {
        RuleFor(command => command.Action).Must(action => ChangeApplicationStatusCommand.Actions.Contains(action));
        RuleFor(command => command.Note).MaximumLength(2000);
        RuleFor(command => command.Note).NotEmpty()
            .When(command => command.Action == ApplicationActions.Reject)
            .WithMessage(_ => Bilingual.Pick("Give the reason of the rejection.", "Sebutkan alasan penolakan."));
        RuleFor(command => command.Items).NotEmpty()
            .When(command => command.Action == ApplicationActions.RequestRevision)
            .WithMessage(_ => Bilingual.Pick("Say what to revise: one or more items, each with its reason.", "Sebutkan yang perlu diperbaiki: satu atau lebih butir, masing-masing dengan alasannya."));
        RuleFor(command => command.Items).Must(items => items is null || items.Count <= MaxRevisionItems)
            .WithMessage(_ => Bilingual.Pick($"Ask for at most {MaxRevisionItems} revisions at once.", $"Paling banyak {MaxRevisionItems} butir perbaikan sekaligus."));
        RuleForEach(command => command.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Item).NotEmpty().Matches(@"^(form\.[a-z0-9_]{1,50}|documents\.[a-z0-9_]{1,50}|general)$")
                .WithMessage(_ => Bilingual.Pick("Name the item as form.<field>, documents.<document type> or general.", "Sebutkan butirnya sebagai form.<isian>, documents.<jenis dokumen>, atau general."));
            item.RuleFor(i => i.Reason).NotEmpty().MaximumLength(1000);
        });
    }
}

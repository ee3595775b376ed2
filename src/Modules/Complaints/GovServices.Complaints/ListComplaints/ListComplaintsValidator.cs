using FluentValidation;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Complaints.Domain;

namespace GovServices.Complaints.ListComplaints;

internal sealed class ListComplaintsValidator : AbstractValidator<ListComplaintsQuery>
{
    public ListComplaintsValidator()
    {
        RuleFor(query => query.Status)
            .Must(status => ComplaintLifecycle.Statuses.Contains(status!))
            .When(query => query.Status is not null)
            .WithMessage(_ => Bilingual.Pick(
                $"The status must be one of: {string.Join(", ", ComplaintLifecycle.Statuses)}.",
                $"Status harus salah satu dari: {string.Join(", ", ComplaintLifecycle.Statuses)}."));
        RuleFor(query => query.From)
            .Must(from => ListComplaintsQuery.DateOf(from) is not null)
            .When(query => query.From is not null)
            .WithMessage(_ => DateMessage());
        RuleFor(query => query.To)
            .Must(to => ListComplaintsQuery.DateOf(to) is not null)
            .When(query => query.To is not null)
            .WithMessage(_ => DateMessage());
        RuleFor(query => query.To)
            .Must((query, to) => ListComplaintsQuery.DateOf(query.From) <= ListComplaintsQuery.DateOf(to))
            .When(query => ListComplaintsQuery.DateOf(query.From) is not null && ListComplaintsQuery.DateOf(query.To) is not null)
            .WithMessage(_ => Bilingual.Pick("The end of the range comes before its start.", "Akhir rentang tanggal mendahului awalnya."));
        RuleFor(query => query.Overdue)
            .Must(overdue => ListComplaintsQuery.FlagOf(overdue) is not null)
            .When(query => query.Overdue is not null)
            .WithMessage(_ => Bilingual.Pick("Use true or false.", "Gunakan true atau false."));
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(KeysetCursor.IsSortKey);
    }

    private static string DateMessage() => Bilingual.Pick("Give a date as yyyy-MM-dd.", "Isi tanggal dengan format yyyy-MM-dd.");
}

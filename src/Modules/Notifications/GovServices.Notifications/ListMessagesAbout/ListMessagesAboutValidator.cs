using FluentValidation;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Notifications.ListMessagesAbout;

internal sealed class ListMessagesAboutValidator : AbstractValidator<ListMessagesAboutQuery>
{
    public ListMessagesAboutValidator()
    {
        RuleFor(query => query.Subject)
            .Must(subject => MessageSubject.Parse(subject) is not null)
            .WithMessage(_ => Bilingual.Pick(
                "The subject must be complaint:{id} or permit_application:{id}.",
                "Subjek harus complaint:{id} atau permit_application:{id}."));
        RuleFor(query => query.Limit).PageLimit();
        RuleFor(query => query.Cursor).IssuedCursor(KeysetCursor.IsSortKey);
    }
}

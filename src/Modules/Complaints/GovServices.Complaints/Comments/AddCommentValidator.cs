using FluentValidation;

namespace GovServices.Complaints.Comments;

internal sealed class AddCommentValidator : AbstractValidator<AddCommentCommand>
{
    public AddCommentValidator()
    {
        RuleFor(command => command.Text).NotEmpty().MaximumLength(2000).OverridePropertyName("text");
    }
}

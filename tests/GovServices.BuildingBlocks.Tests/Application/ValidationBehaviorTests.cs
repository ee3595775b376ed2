using System.Globalization;
using FluentValidation;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Tests.Harness;

namespace GovServices.BuildingBlocks.Tests.Application;

public sealed class ValidationBehaviorTests
{
    private sealed class WriteNoteValidator : AbstractValidator<WriteNote>
    {
        public WriteNoteValidator() => RuleFor(command => command.Body).NotEmpty().MaximumLength(10);
    }

    private static ValueTask<Result<Guid>> SendAsync(WriteNote command, Action? onHandled = null)
    {
        var behavior = new ValidationBehavior<WriteNote, Result<Guid>>([new WriteNoteValidator()]);
        return behavior.Handle(command, (_, _) =>
        {
            onHandled?.Invoke();
            return ValueTask.FromResult<Result<Guid>>(Guid.CreateVersion7());
        }, CancellationToken.None);
    }

    [Test]
    public async Task An_invalid_command_never_reaches_its_handler_and_names_the_field()
    {
        var handled = false;

        var result = await SendAsync(new WriteNote(""), () => handled = true);

        Assert.Multiple(() =>
        {
            Assert.That(handled, Is.False);
            Assert.That(result.Error?.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(result.Error?.FieldErrors?.Keys, Is.EquivalentTo(new[] { "body" }));
        });
    }

    [Test]
    public async Task A_valid_command_reaches_its_handler()
    {
        var result = await SendAsync(new WriteNote("fine"));

        Assert.That(result.IsSuccess, Is.True);
    }

    [Test]
    public async Task Messages_are_in_bahasa_indonesia_when_the_request_asks_for_it()
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = (await SendAsync(new WriteNote(""))).Error!.FieldErrors!["body"].Single();
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id");
            var indonesian = (await SendAsync(new WriteNote(""))).Error!.FieldErrors!["body"].Single();

            Assert.Multiple(() =>
            {
                Assert.That(english, Does.Contain("must not be empty"));
                Assert.That(indonesian, Does.Contain("tidak boleh kosong"));
            });
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Tests.Harness;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GovServices.BuildingBlocks.Tests.Application;

public sealed class LoggingBehaviorTests
{
    private FakeLogger<LoggingBehavior<WriteNote, Result<Guid>>> _logger = null!;

    [SetUp]
    public void StartLogging() => _logger = new FakeLogger<LoggingBehavior<WriteNote, Result<Guid>>>();

    private ValueTask<Result<Guid>> SendAsync(MessageHandlerDelegate<WriteNote, Result<Guid>> handler, CancellationToken cancellationToken) =>
        new LoggingBehavior<WriteNote, Result<Guid>>(_logger).Handle(new WriteNote("a note"), handler, cancellationToken);

    private IReadOnlyList<FakeLogRecord> Records => _logger.Collector.GetSnapshot();

    [Test]
    public async Task A_message_its_caller_abandons_is_logged_as_information_not_as_an_error()
    {
        using var caller = new CancellationTokenSource();
        var handling = SendAsync(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Guid.CreateVersion7();
        }, caller.Token);

        await caller.CancelAsync();

        Assert.That(async () => await handling, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Records, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Records[0].Level, Is.EqualTo(LogLevel.Information));
            Assert.That(Records[0].Message, Does.StartWith("Handling WriteNote was cancelled by the caller after "));
            Assert.That(Records[0].Exception, Is.Null);
        }
    }

    [Test]
    public void A_cancellation_the_caller_did_not_ask_for_is_an_error()
    {
        var timedOut = new OperationCanceledException("A timeout inside the handler.");

        Assert.That(async () => await SendAsync((_, _) => throw timedOut, CancellationToken.None), Throws.Exception.SameAs(timedOut));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Records.Select(record => record.Level), Is.EqualTo(new[] { LogLevel.Error }));
            Assert.That(Records[0].Message, Does.StartWith("Handling WriteNote threw after "));
            Assert.That(Records[0].Exception, Is.SameAs(timedOut));
        }
    }

    [Test]
    public async Task Another_exception_is_an_error_even_when_the_caller_has_gone()
    {
        using var caller = new CancellationTokenSource();
        await caller.CancelAsync();
        var failure = new InvalidOperationException("The handler broke.");

        Assert.That(async () => await SendAsync((_, _) => throw failure, caller.Token), Throws.Exception.SameAs(failure));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Records.Select(record => record.Level), Is.EqualTo(new[] { LogLevel.Error }));
            Assert.That(Records[0].Exception, Is.SameAs(failure));
        }
    }
}

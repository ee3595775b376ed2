using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Tests.Harness;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Tests.Application;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class UnitOfWorkBehaviorTests(DatabaseProvider provider) : DatabaseFixture(provider)
{
    private async Task<Result<Guid>> SendAsync(WriteNote command, Func<IUnitOfWork, ValueTask<Result<Guid>>> handler)
    {
        await using var scope = Harness.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var behavior = new UnitOfWorkBehavior<WriteNote, Result<Guid>>(unitOfWork);
        return await behavior.Handle(command, (_, _) => handler(unitOfWork), CancellationToken.None);
    }

    private Task<long> CountNotesAsync(string body) =>
        Harness.ScalarAsync<long>("SELECT COUNT(*) FROM sample.note WHERE body = @body", new { body });

    [Test]
    public async Task A_successful_command_is_committed()
    {
        var body = "committed-" + Guid.NewGuid();

        var result = await SendAsync(new WriteNote(body), async unitOfWork =>
            await WriteNote.InsertAsync(unitOfWork, body, Harness.Clock.GetUtcNow()));

        Assert.Multiple(async () =>
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(await CountNotesAsync(body), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_command_that_throws_after_its_first_insert_leaves_no_rows()
    {
        var body = "thrown-" + Guid.NewGuid();

        Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(new WriteNote(body), async unitOfWork =>
        {
            await WriteNote.InsertAsync(unitOfWork, body, Harness.Clock.GetUtcNow());
            throw new InvalidOperationException("The second step failed.");
        }));

        Assert.That(await CountNotesAsync(body), Is.Zero);
    }

    [Test]
    public async Task A_command_that_returns_an_error_after_its_first_insert_leaves_no_rows()
    {
        var body = "refused-" + Guid.NewGuid();

        var result = await SendAsync(new WriteNote(body), async unitOfWork =>
        {
            await WriteNote.InsertAsync(unitOfWork, body, Harness.Clock.GetUtcNow());
            return Error.Conflict("note_refused", "The second step refused.");
        });

        Assert.Multiple(async () =>
        {
            Assert.That(result.Error?.Code, Is.EqualTo("note_refused"));
            Assert.That(await CountNotesAsync(body), Is.Zero);
        });
    }

    [Test]
    public async Task A_command_inside_an_open_unit_of_work_leaves_the_commit_to_its_owner()
    {
        var body = "joined-" + Guid.NewGuid();
        await using var scope = Harness.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync();

        var behavior = new UnitOfWorkBehavior<WriteNote, Result<Guid>>(unitOfWork);
        await behavior.Handle(
            new WriteNote(body),
            async (_, _) => await WriteNote.InsertAsync(unitOfWork, body, Harness.Clock.GetUtcNow()),
            CancellationToken.None);
        await unitOfWork.RollbackAsync();

        Assert.That(await CountNotesAsync(body), Is.Zero);
    }
}

using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.BuildingBlocks.Tests.Data;

/// <summary>
/// On SQLite the process's write transactions wait for their turn in line instead of in SQLite's busy handler
/// (ADR 0021). The queue must never wait for itself: the turn goes back with the transaction, and a flow that holds
/// it does not queue behind itself.
/// </summary>
public sealed class SqliteWriterQueueTests() : DatabaseFixture(DatabaseProvider.Sqlite)
{
    // Only the nested case waits for the busy timeout; a hang there is what the queue must never do.
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Hung = TimeSpan.FromMinutes(2);
    private const int SqliteBusy = 5;

    internal override Task<BuildingBlocksHarness> StartAsync() => BuildingBlocksHarness.StartAsync(
        DatabaseProvider.Sqlite,
        settings: new Dictionary<string, string?> { ["Database:SqliteBusyTimeout"] = BusyTimeout.ToString() });

    [Test]
    public async Task Thirty_two_commands_writing_at_once_all_commit()
    {
        var prefix = "concurrent-" + Guid.NewGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(writer => Task.Run(() => SendAsync(prefix + writer))));

        Assert.Multiple(async () =>
        {
            Assert.That(results.Where(result => !result.IsSuccess), Is.Empty);
            Assert.That(await CountNotesAsync(prefix + "%"), Is.EqualTo(32));
        });
    }

    [Test]
    public async Task A_unit_of_work_that_commits_or_rolls_back_gives_its_turn_back_and_may_begin_again()
    {
        var body = "again-" + Guid.NewGuid();
        await using (var scope = Harness.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync();
            await WriteNote.InsertAsync(unitOfWork, body, Harness.Clock.GetUtcNow());
            await unitOfWork.RollbackAsync();
            await unitOfWork.BeginAsync().WaitAsync(Hung);
            await WriteNote.InsertAsync(unitOfWork, body, Harness.Clock.GetUtcNow());
            await unitOfWork.CommitAsync();
            await unitOfWork.BeginAsync().WaitAsync(Hung);

            // Open, but the scope ends without a commit: disposing it must hand the turn on as well.
        }

        var next = await Task.Run(() => SendAsync(body)).WaitAsync(Hung);

        Assert.Multiple(async () =>
        {
            Assert.That(next.IsSuccess, Is.True);
            Assert.That(await CountNotesAsync(body), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_second_write_transaction_begun_inside_the_first_fails_on_the_busy_timeout_instead_of_waiting_for_itself()
    {
        var outerBody = "outer-" + Guid.NewGuid();
        SqliteException? nestedFailure = null;

        await using (var outerScope = Harness.Services.CreateAsyncScope())
        {
            var outer = outerScope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await outer.BeginAsync();
            await WriteNote.InsertAsync(outer, outerBody, Harness.Clock.GetUtcNow());

            // As a command calling another module's IInvoiceIssuer does: a scope and a transaction of its own, while
            // its own transaction holds SQLite's write lock. A queue that made it wait for a turn would wait forever.
            await using (var nestedScope = Harness.Services.CreateAsyncScope())
            {
                var nested = nestedScope.ServiceProvider.GetRequiredService<IUnitOfWork>();
                try
                {
                    await nested.BeginAsync().WaitAsync(Hung);
                }
                catch (SqliteException exception)
                {
                    nestedFailure = exception;
                }
            }

            await outer.CommitAsync();
        }

        Assert.Multiple(async () =>
        {
            Assert.That(nestedFailure?.SqliteErrorCode, Is.EqualTo(SqliteBusy), "SQLite's own answer, as before the queue");
            Assert.That(await CountNotesAsync(outerBody), Is.EqualTo(1), "the outer transaction still commits");
        });
    }

    private async Task<Result<Guid>> SendAsync(string body)
    {
        await using var scope = Harness.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var behavior = new UnitOfWorkBehavior<WriteNote, Result<Guid>>(unitOfWork);
        return await behavior.Handle(
            new WriteNote(body),
            async (_, _) => await WriteNote.InsertAsync(unitOfWork, body, Harness.Clock.GetUtcNow()),
            CancellationToken.None);
    }

    private Task<long> CountNotesAsync(string pattern) =>
        Harness.ScalarAsync<long>("SELECT COUNT(*) FROM sample.note WHERE body LIKE @pattern", new { pattern });
}

using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Tests.Harness;
using GovServices.Testing.Databases;

namespace GovServices.BuildingBlocks.Tests.Data;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class SqlDialectTests(DatabaseProvider provider) : DatabaseFixture(provider)
{
    private static readonly string[] InboxColumns = ["message_id", "consumer", "handled_at"];
    private static readonly string[] InboxKey = ["message_id", "consumer"];

    private ISqlDialect Dialect => Harness.Connections.Dialect;

    [Test]
    public async Task Insert_if_absent_inserts_once_and_then_reports_nothing_inserted()
    {
        var sql = Dialect.InsertIfAbsent("sample.inbox_message", InboxColumns, InboxKey);
        var row = new { message_id = Guid.CreateVersion7(), consumer = "dialect-test", handled_at = Harness.Clock.GetUtcNow() };
        await using var connection = await Harness.Connections.OpenConnectionAsync();

        var first = await connection.ExecuteAsync(sql, row);
        var second = await connection.ExecuteAsync(sql, row);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(1));
            Assert.That(second, Is.Zero);
        });
    }

    [Test]
    public async Task Insert_if_absent_does_not_break_the_surrounding_transaction()
    {
        var sql = Dialect.InsertIfAbsent("sample.inbox_message", InboxColumns, InboxKey);
        var row = new { message_id = Guid.CreateVersion7(), consumer = "in-transaction", handled_at = Harness.Clock.GetUtcNow() };
        await using var connection = await Harness.Connections.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        await connection.ExecuteAsync(sql, row, transaction);
        await connection.ExecuteAsync(sql, row, transaction);
        var count = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM sample.inbox_message WHERE consumer = 'in-transaction'", transaction: transaction);
        await transaction.CommitAsync();

        Assert.That(count, Is.EqualTo(1));
    }

    [Test]
    public async Task Upsert_inserts_a_new_key_and_updates_an_existing_one()
    {
        var sql = Dialect.Upsert("sample.note", ["id", "body", "written_at", "version"], ["id"]);
        var id = Guid.CreateVersion7();
        await using var connection = await Harness.Connections.OpenConnectionAsync();

        await connection.ExecuteAsync(sql, new { id, body = "first", written_at = Harness.Clock.GetUtcNow(), version = 1 });
        await connection.ExecuteAsync(sql, new { id, body = "second", written_at = Harness.Clock.GetUtcNow(), version = 2 });

        var body = await connection.ExecuteScalarAsync<string>("SELECT body FROM sample.note WHERE id = @id", new { id });
        var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sample.note WHERE id = @id", new { id });
        Assert.Multiple(() =>
        {
            Assert.That(body, Is.EqualTo("second"));
            Assert.That(rows, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_duplicate_primary_key_is_recognised_as_a_unique_violation()
    {
        var id = Guid.CreateVersion7();
        var row = new { id, body = "duplicate", written_at = Harness.Clock.GetUtcNow() };
        await using var connection = await Harness.Connections.OpenConnectionAsync();
        await connection.ExecuteAsync(WriteNote.InsertSql, row);

        var exception = Assert.CatchAsync(() => connection.ExecuteAsync(WriteNote.InsertSql, row));

        Assert.That(Dialect.IsUniqueViolation(exception!), Is.True, exception!.Message);
    }

    [Test]
    public void Other_errors_are_not_unique_violations()
    {
        Assert.That(Dialect.IsUniqueViolation(new InvalidOperationException("not a database error")), Is.False);
    }

    [Test]
    public async Task Limit_returns_the_first_rows_in_order()
    {
        await using var connection = await Harness.Connections.OpenConnectionAsync();
        var prefix = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 5; i++)
            await connection.ExecuteAsync(WriteNote.InsertSql, new { id = Guid.CreateVersion7(), body = $"{prefix}-{i}", written_at = Harness.Clock.GetUtcNow() });

        var bodies = await connection.QueryAsync<string>(
            $"SELECT body FROM sample.note WHERE body LIKE @prefix ORDER BY body {Dialect.Limit("limit")}",
            new { prefix = prefix + "%", limit = 3 });

        Assert.That(bodies, Is.EqualTo(new[] { $"{prefix}-0", $"{prefix}-1", $"{prefix}-2" }));
    }

    [Test]
    public async Task Concurrent_claims_never_take_the_same_row()
    {
        var now = Harness.Clock.GetUtcNow();
        var messageType = "claim-test-" + Guid.NewGuid().ToString("N");
        await using (var connection = await Harness.Connections.OpenConnectionAsync())
        {
            for (var i = 0; i < 40; i++)
            {
                await connection.ExecuteAsync(
                    OutboxSql.Enqueue("sample"),
                    new { id = Guid.CreateVersion7(), message_type = messageType, payload = "{}", occurred_at = now, trace_parent = (string?)null });
            }
        }

        var claim = Dialect.ClaimRows(
            table: "sample.outbox_message",
            filter: "message_type = @message_type AND lease_owner IS NULL",
            orderBy: "occurred_at, id",
            limitParameter: "batch_size",
            assignments: "lease_owner = @lease_owner");

        async Task<int> ClaimUntilNoneLeftAsync(string owner)
        {
            var claimed = 0;
            while (true)
            {
                await using var connection = await Harness.Connections.OpenConnectionAsync();
                var rows = await connection.ExecuteAsync(claim, new { message_type = messageType, batch_size = 3, lease_owner = owner });
                if (rows == 0)
                    return claimed;
                claimed += rows;
            }
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => ClaimUntilNoneLeftAsync($"owner-{i}"))));

        var owned = await Harness.ScalarAsync<long>(
            "SELECT COUNT(*) FROM sample.outbox_message WHERE message_type = @message_type AND lease_owner IS NOT NULL",
            new { message_type = messageType });
        Assert.Multiple(() =>
        {
            Assert.That(claims.Sum(), Is.EqualTo(40), "no row was claimed twice");
            Assert.That(owned, Is.EqualTo(40), "every row was claimed");
        });
    }
}

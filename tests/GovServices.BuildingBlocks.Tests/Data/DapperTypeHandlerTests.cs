using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Tests.Harness;
using GovServices.Testing.Databases;

namespace GovServices.BuildingBlocks.Tests.Data;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class DapperTypeHandlerTests(DatabaseProvider provider) : DatabaseFixture(provider)
{
    private sealed class NoteRow
    {
        public Guid Id { get; init; }

        public string Body { get; init; } = "";

        public DateTimeOffset WrittenAt { get; init; }
    }

    [Test]
    public async Task Ids_and_times_come_back_as_written_and_times_in_utc()
    {
        var id = Guid.CreateVersion7();
        // Microseconds: the finest precision all three providers keep (PostgreSQL's timestamptz).
        var writtenInBontang = new DateTimeOffset(2026, 11, 2, 9, 30, 15, 123, 456, TimeSpan.FromHours(8));
        await using var connection = await Harness.Connections.OpenConnectionAsync();
        await connection.ExecuteAsync(WriteNote.InsertSql, new { id, body = "round trip", written_at = writtenInBontang });

        var row = await connection.QuerySingleAsync<NoteRow>("SELECT id, body, written_at FROM sample.note WHERE id = @id", new { id });

        Assert.Multiple(() =>
        {
            Assert.That(row.Id, Is.EqualTo(id));
            Assert.That(row.WrittenAt, Is.EqualTo(writtenInBontang), "same instant");
            Assert.That(row.WrittenAt.Offset, Is.EqualTo(TimeSpan.Zero), "read back in UTC");
        });
    }

    [Test]
    public async Task Times_compare_and_sort_as_instants()
    {
        var marker = Guid.NewGuid().ToString("N");
        var earlyUtc = new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);
        // Later instant, but an earlier wall-clock reading because of its offset.
        var laterInJakarta = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.FromHours(7));
        await using var connection = await Harness.Connections.OpenConnectionAsync();
        await connection.ExecuteAsync(WriteNote.InsertSql, new { id = Guid.CreateVersion7(), body = marker + "-later", written_at = laterInJakarta });
        await connection.ExecuteAsync(WriteNote.InsertSql, new { id = Guid.CreateVersion7(), body = marker + "-early", written_at = earlyUtc });

        var ordered = await connection.QueryAsync<string>(
            "SELECT body FROM sample.note WHERE body LIKE @marker ORDER BY written_at", new { marker = marker + "%" });
        var afterEarly = await connection.QueryAsync<string>(
            "SELECT body FROM sample.note WHERE body LIKE @marker AND written_at > @since", new { marker = marker + "%", since = earlyUtc });

        Assert.Multiple(() =>
        {
            Assert.That(ordered, Is.EqualTo(new[] { marker + "-early", marker + "-later" }));
            Assert.That(afterEarly, Is.EqualTo(new[] { marker + "-later" }));
        });
    }
}

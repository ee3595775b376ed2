using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;

namespace GovServices.Audit.Tests;

/// <summary>
/// The sealer under the conditions of a real deployment: transactions that commit out of time order, and several
/// sealers (host instances) at once.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class SealingTests(DatabaseProvider provider)
{
    private AuditedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await AuditedHost.StartAsync(provider);

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task A_record_that_commits_after_newer_ones_were_sealed_is_sealed_by_the_next_pass()
    {
        await _host.ActInEveryModuleAsync("late-1");
        await _host.SealAsync();

        // A transaction that began a minute ago commits now: its record's time (and UUIDv7) is older than sealed ones.
        var late = await InsertAuditRecordAsync("complaints", DateTimeOffset.UtcNow.AddMinutes(-1));
        await _host.SealAsync();

        var verdict = await _host.VerifyAsync("complaints");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await SealedPositionOfAsync("complaints", late), Is.EqualTo(verdict["lastSeal"]!["lastPosition"]!.GetValue<long>()));
            Assert.That(verdict["intact"]!.GetValue<bool>(), Is.True);
        }
    }

    [Test]
    public async Task A_transaction_still_open_while_newer_records_are_sealed_has_its_record_sealed_after_it_commits()
    {
        Assume.That(provider, Is.EqualTo(DatabaseProvider.PostgreSql), "SQLite has one writer: its transactions never overlap");
        await using var connection = await _host.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var early = Guid.CreateVersion7();
        await connection.ExecuteAsync(
            """
            INSERT INTO complaints.audit_log (id, occurred_at, actor_client_id, action, outcome)
            VALUES (@id, @occurred_at, 'opd-system', 'test.recorded', 'Success')
            """,
            new { id = early, occurred_at = DateTimeOffset.UtcNow },
            transaction);

        await _host.ActInEveryModuleAsync("overlap");
        await _host.SealAsync();
        var whileOpen = await SealedPositionOfAsync("complaints", early);
        await transaction.CommitAsync();
        await _host.SealAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileOpen, Is.Null, "an uncommitted record is invisible to the sealer");
            Assert.That(await SealedPositionOfAsync("complaints", early), Is.Not.Null, "and sealed by the first pass after its commit");
            Assert.That((await _host.VerifyAsync("complaints"))["intact"]!.GetValue<bool>(), Is.True);
        }
    }

    [Test]
    public async Task A_record_older_than_the_look_back_is_sealed_by_the_full_sweep_and_never_skipped()
    {
        await _host.ActInEveryModuleAsync("sweep");
        await _host.SealAsync();
        var ancient = await InsertAuditRecordAsync("payments", DateTimeOffset.UtcNow.AddDays(-1));

        await _host.SealAsync();
        var afterRegularPass = await SealedPositionOfAsync("payments", ancient);
        await _host.Sealer.SealAllAsync(fullSweep: true, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterRegularPass, Is.Null, "a regular pass looks only at the recent past");
            Assert.That(await SealedPositionOfAsync("payments", ancient), Is.Not.Null);
            Assert.That((await _host.VerifyAsync("payments"))["intact"]!.GetValue<bool>(), Is.True);
        }
    }

    [Test]
    public async Task Several_sealers_at_once_seal_every_record_exactly_once_in_one_intact_chain()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-30);
        for (var index = 0; index < 1_200; index++)
            await InsertAuditRecordAsync("identity", start.AddMilliseconds(index));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _host.Sealer.SealAllAsync(fullSweep: false, CancellationToken.None))));
        await _host.SealAsync();

        var unsealed = await _host.ScalarAsync<long>(
            "SELECT COUNT(*) FROM identity.audit_log AS t WHERE NOT EXISTS (SELECT 1 FROM identity.audit_chain_entry AS e WHERE e.record_id = t.id)");
        var entries = await _host.ScalarAsync<long>("SELECT COUNT(*) FROM identity.audit_chain_entry");
        var records = await _host.ScalarAsync<long>("SELECT COUNT(*) FROM identity.audit_log");
        var verdict = await _host.VerifyAsync("identity");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unsealed, Is.Zero);
            Assert.That(entries, Is.EqualTo(records));
            Assert.That(verdict["intact"]!.GetValue<bool>(), Is.True, verdict.ToJsonString());
            Assert.That(verdict["verifiedRecords"]!.GetValue<long>(), Is.EqualTo(records));
        }
    }

    private async Task<Guid> InsertAuditRecordAsync(string module, DateTimeOffset occurredAt)
    {
        var id = Guid.CreateVersion7(occurredAt);
        await _host.ExecuteAsync(
            $"""
            INSERT INTO {module}.audit_log (id, occurred_at, actor_client_id, actor_user_id, action, entity_type, entity_id, outcome, details, trace_id)
            VALUES (@id, @occurred_at, 'opd-system', NULL, 'test.recorded', 'test', @entity_id, 'Success', NULL, NULL)
            """,
            new { id, occurred_at = occurredAt, entity_id = id.ToString("D") });
        return id;
    }

    private Task<long?> SealedPositionOfAsync(string module, Guid record) =>
        _host.ScalarAsync<long?>($"SELECT position FROM {module}.audit_chain_entry WHERE record_id = @record", new { record });
}

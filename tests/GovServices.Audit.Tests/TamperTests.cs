using GovServices.BuildingBlocks.Data;
using GovServices.Testing.Databases;

namespace GovServices.Audit.Tests;

/// <summary>
/// Someone with direct access to the database changes the trail behind the application's back; verification names
/// the exact record. Each test tampers with a different module's chain, so they do not disturb one another.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class TamperTests(DatabaseProvider provider)
{
    private AuditedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await AuditedHost.StartAsync(provider);
        await _host.ActInEveryModuleAsync("first");
        await _host.ActInEveryModuleAsync("second");
        await _host.SealAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
    }

    [Test]
    public async Task Editing_a_sealed_record_is_found_and_the_record_named()
    {
        var edited = await RecordAtAsync("complaints", position: 2);
        await _host.ExecuteAsync("UPDATE complaints.audit_log SET outcome = 'Denied' WHERE id = @id", new { id = edited });

        var verdict = await _host.VerifyAsync("complaints");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict["intact"]!.GetValue<bool>(), Is.False);
            Assert.That(verdict["break"]!["reason"]!.GetValue<string>(), Is.EqualTo("edited"));
            Assert.That(verdict["break"]!["position"]!.GetValue<long>(), Is.EqualTo(2));
            Assert.That(verdict["break"]!["table"]!.GetValue<string>(), Is.EqualTo("audit_log"));
            Assert.That(verdict["break"]!["recordId"]!.GetValue<Guid>(), Is.EqualTo(edited));
            Assert.That(verdict["verifiedRecords"]!.GetValue<long>(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Deleting_a_sealed_record_is_found_and_the_record_named()
    {
        var deleted = await RecordAtAsync("payments", position: 2);
        await _host.ExecuteAsync("DELETE FROM payments.audit_log WHERE id = @id", new { id = deleted });

        var verdict = await _host.VerifyAsync("payments");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict["intact"]!.GetValue<bool>(), Is.False);
            Assert.That(verdict["break"]!["reason"]!.GetValue<string>(), Is.EqualTo("deleted"));
            Assert.That(verdict["break"]!["position"]!.GetValue<long>(), Is.EqualTo(2));
            Assert.That(verdict["break"]!["recordId"]!.GetValue<Guid>(), Is.EqualTo(deleted));
        }
    }

    [Test]
    public async Task Editing_the_civil_registrys_access_trail_is_found_too()
    {
        var edited = await _host.ScalarAsync<Guid>(
            "SELECT record_id FROM civil_registry.audit_chain_entry WHERE source_table = 'access_log' AND position = (SELECT MAX(position) FROM civil_registry.audit_chain_entry WHERE source_table = 'access_log')");
        var position = await _host.ScalarAsync<long>("SELECT position FROM civil_registry.audit_chain_entry WHERE record_id = @id", new { id = edited });
        await _host.ExecuteAsync("UPDATE civil_registry.access_log SET purpose = 'law-enforcement' WHERE id = @id", new { id = edited });

        var verdict = await _host.VerifyAsync("civil_registry");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict["break"]!["reason"]!.GetValue<string>(), Is.EqualTo("edited"));
            Assert.That(verdict["break"]!["table"]!.GetValue<string>(), Is.EqualTo("access_log"));
            Assert.That(verdict["break"]!["recordId"]!.GetValue<Guid>(), Is.EqualTo(edited));
            Assert.That(verdict["break"]!["position"]!.GetValue<long>(), Is.EqualTo(position));
        }
    }

    [Test]
    public async Task Moving_sealed_records_to_other_chain_positions_is_found_as_reordering()
    {
        var first = await RecordAtAsync("identity", position: 1);
        await _host.ExecuteAsync("UPDATE identity.audit_chain_entry SET position = -1 WHERE position = 1");
        await _host.ExecuteAsync("UPDATE identity.audit_chain_entry SET position = 1 WHERE position = 2");
        await _host.ExecuteAsync("UPDATE identity.audit_chain_entry SET position = 2 WHERE position = -1");

        var verdict = await _host.VerifyAsync("identity");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verdict["break"]!["reason"]!.GetValue<string>(), Is.EqualTo("reordered"));
            Assert.That(verdict["break"]!["position"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(verdict["break"]!["recordId"]!.GetValue<Guid>(), Is.Not.EqualTo(first), "the record now found at position 1 is the one moved there");
        }
    }

    private Task<Guid> RecordAtAsync(string module, long position) =>
        _host.ScalarAsync<Guid>($"SELECT record_id FROM {module}.audit_chain_entry WHERE position = @position", new { position });
}

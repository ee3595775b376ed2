using System.Net;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;

namespace GovServices.Host.Tests.Backup;

/// <summary>
/// The restore drill of docs/backup.md, on each database: seed through the API, back up while the service runs,
/// write more, restore into a fresh data directory or database, start the service on it, and check that it holds the
/// data as of the backup with every audit chain intact and sealing going on. SQLite uses the host's <c>backup</c> and
/// <c>restore</c> commands, PostgreSQL <c>pg_dump</c> and <c>pg_restore</c> in custom format.
/// </summary>
[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class RestoreDrillTests(DatabaseProvider provider)
{
    private static readonly Dictionary<string, string?> HostSettings = new()
    {
        ["Identity:SeedDemoData"] = "true",
        ["Audit:SealInterval"] = "00:00:00.250",
    };

    private readonly List<IAsyncDisposable> _cleanup = [];
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("govservices-drill-").FullName;
    private GovServicesWebApplicationFactory _restored = null!;
    private DrillClient _restoredApi = null!;
    private Guid _filedBefore;
    private Guid _filedAfter;
    private long _complaintsSealedBeforeBackup;

    [OneTimeSetUp]
    public async Task RunTheDrillAsync()
    {
        var source = await TestDatabase.CreateAsync(provider);
        _cleanup.Add(source);
        var target = await TestDatabase.CreateAsync(provider);
        _cleanup.Add(target);

        await using (var running = new GovServicesWebApplicationFactory(Settings(source)))
        {
            var api = new DrillClient(running);
            _filedBefore = await api.FileComplaintAsync("Sebelum cadangan");
            await api.RegisterClientAsync("dinsos-before");
            _complaintsSealedBeforeBackup = await api.WaitForSealedAsync("complaints", 1);

            // Online: the service keeps running, and sealing, while the backup is taken.
            await BackUpAsync(source);

            _filedAfter = await api.FileComplaintAsync("Sesudah cadangan");
            await api.RegisterClientAsync("dinsos-after");
        }

        await RestoreAsync(target);
        _restored = new GovServicesWebApplicationFactory(Settings(target));
        _restoredApi = new DrillClient(_restored);
    }

    [OneTimeTearDown]
    public async Task CleanUpAsync()
    {
        if (_restored is not null)
            await _restored.DisposeAsync();
        foreach (var disposable in _cleanup)
            await disposable.DisposeAsync();
        Directory.Delete(_workDirectory, recursive: true);
    }

    [Test]
    public async Task What_was_written_before_the_backup_is_there_after_the_restore()
    {
        var complaint = await _restoredApi.ReadComplaintAsync(_filedBefore);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(complaint, Is.EqualTo((HttpStatusCode.OK, (string?)"Sebelum cadangan")));
            Assert.That(await _restoredApi.ClientExistsAsync("dinsos-before"), Is.True);
        }
    }

    [Test]
    public async Task What_was_written_after_the_backup_is_not()
    {
        var complaint = await _restoredApi.ReadComplaintAsync(_filedAfter);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(complaint.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await _restoredApi.ClientExistsAsync("dinsos-after"), Is.False);
        }
    }

    [Test]
    public async Task Every_audit_chain_verifies_intact_and_the_sealer_carries_it_on()
    {
        await _restoredApi.FileComplaintAsync("Sesudah pemulihan");
        await _restoredApi.WaitForSealedAsync("complaints", _complaintsSealedBeforeBackup + 1);

        foreach (var module in DrillClient.Modules)
        {
            var verdict = await _restoredApi.VerifyAsync(module);
            Assert.That(verdict["intact"]!.GetValue<bool>(), Is.True, $"{module}: {verdict.ToJsonString()}");
        }
    }

    private IReadOnlyDictionary<string, string?> Settings(TestDatabase database) =>
        database.ToConfiguration().Concat(HostSettings).ToDictionary(setting => setting.Key, setting => setting.Value);

    private string BackupLocation => Path.Combine(_workDirectory, provider == DatabaseProvider.Sqlite ? "backup" : "govservices.dump");

    private async Task BackUpAsync(TestDatabase source)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.That(await HostCommandLine.RunAsync("backup", BackupLocation, source.DataDirectory!), Is.EqualTo(0));
        }
        else if (provider == DatabaseProvider.PostgreSql)
        {
            await PostgreSqlClientTools.DumpAsync(source.ConnectionString!, BackupLocation);
        }
        else
        {
            Assert.Ignore($"The {provider} procedure (BACKUP DATABASE / RESTORE DATABASE) is documented, not drilled: no server here.");
        }
    }

    private async Task RestoreAsync(TestDatabase target)
    {
        if (provider == DatabaseProvider.Sqlite)
            Assert.That(await HostCommandLine.RunAsync("restore", BackupLocation, target.DataDirectory!), Is.EqualTo(0));
        else
            await PostgreSqlClientTools.RestoreAsync(BackupLocation, target.ConnectionString!);
    }
}

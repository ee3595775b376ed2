using System.Net;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;

namespace GovServices.Host.Tests.Backup;

/// <summary>
/// The restore drill of docs/backup.md, on each database: seed through the API, back up while the service runs,
/// write more, restore into a fresh data directory or database, start the service on it, and check that it holds the
/// data as of the backup with every audit chain intact and sealing going on. SQLite uses the host's <c>backup</c> and
/// <c>restore</c> commands, PostgreSQL <c>pg_dump</c> and <c>pg_restore</c> in custom format, SQL Server its own
/// <c>BACKUP DATABASE</c> and <c>RESTORE DATABASE</c> on the server's disk (where Docker or a configured server is).
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
    private readonly byte[] _documentBefore = Pdf("before");
    private Guid _filedBefore;
    private Guid _filedAfter;
    private Uri _uploadedBefore = null!;
    private Uri _uploadedAfter = null!;
    private long _complaintsSealedBeforeBackup;
    private string? _sqlServerBackup;

    [OneTimeSetUp]
    public async Task RunTheDrillAsync()
    {
        var source = await TestDatabase.CreateAsync(provider);
        _cleanup.Add(source);
        var target = await TestDatabase.CreateAsync(provider);
        _cleanup.Add(target);

        await using (var running = new GovServicesWebApplicationFactory(Settings(source, SourceDocuments)))
        {
            var api = new DrillClient(running);
            _filedBefore = await api.FileComplaintAsync("Sebelum cadangan");
            await api.RegisterClientAsync("dinsos-before");
            _uploadedBefore = await api.ApplyWithDocumentAsync(_documentBefore);
            _complaintsSealedBeforeBackup = await api.WaitForSealedAsync("complaints", 1);

            // Online: the service keeps running, and sealing, while the backup is taken.
            await BackUpAsync(source);

            _filedAfter = await api.FileComplaintAsync("Sesudah cadangan");
            await api.RegisterClientAsync("dinsos-after");
            _uploadedAfter = await api.ApplyWithDocumentAsync(Pdf("after"));
        }

        await RestoreAsync(target);
        _restored = new GovServicesWebApplicationFactory(Settings(target, RestoredDocuments));
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
    public async Task A_document_uploaded_before_the_backup_is_given_back_unchanged_and_one_uploaded_after_is_not_there()
    {
        var before = await _restoredApi.DownloadAsync(_uploadedBefore);
        var after = await _restoredApi.DownloadAsync(_uploadedAfter);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(before.Content, Is.EqualTo(_documentBefore));
            Assert.That(after.Status, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task Every_audit_chain_verifies_intact_and_the_sealer_carries_it_on()
    {
        await _restoredApi.FileComplaintAsync("Sesudah pemulihan");
        await _restoredApi.WaitForSealedAsync("complaints", _complaintsSealedBeforeBackup + 1);

        foreach (var module in _restoredApi.Modules)
        {
            var verdict = await _restoredApi.VerifyAsync(module);
            Assert.That(verdict["intact"]!.GetValue<bool>(), Is.True, $"{module}: {verdict.ToJsonString()}");
        }
    }

    /// <summary>
    /// On SQLite the documents live in the data directory, where the backup command takes them; on a server database
    /// they are a folder of their own, which docs/backup.md says to copy after the dump.
    /// </summary>
    private string? SourceDocuments => provider == DatabaseProvider.Sqlite ? null : Path.Combine(_workDirectory, "documents");

    private string? RestoredDocuments => provider == DatabaseProvider.Sqlite ? null : Path.Combine(_workDirectory, "documents-restored");

    private static byte[] Pdf(string marker) => [.. "%PDF-1.7\n"u8, .. System.Text.Encoding.ASCII.GetBytes($"% {marker} {Guid.NewGuid()}\n"), .. new byte[4_000]];

    private static IReadOnlyDictionary<string, string?> Settings(TestDatabase database, string? documents) =>
        database.ToConfiguration()
            .Concat(HostSettings)
            .Concat(documents is null ? [] : [new KeyValuePair<string, string?>("Permits:DocumentDirectory", documents)])
            .ToDictionary(setting => setting.Key, setting => setting.Value);

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
            CopyFolder(SourceDocuments!, Path.Combine(_workDirectory, "documents-backup"));
        }
        else
        {
            _sqlServerBackup = await SqlServerBackupTools.BackUpAsync(source.ConnectionString!, $"drill-{Guid.NewGuid():N}.bak");
            CopyFolder(SourceDocuments!, Path.Combine(_workDirectory, "documents-backup"));
        }
    }

    private async Task RestoreAsync(TestDatabase target)
    {
        if (provider == DatabaseProvider.Sqlite)
            Assert.That(await HostCommandLine.RunAsync("restore", BackupLocation, target.DataDirectory!), Is.EqualTo(0));
        else
        {
            if (provider == DatabaseProvider.PostgreSql)
                await PostgreSqlClientTools.RestoreAsync(BackupLocation, target.ConnectionString!);
            else
                await SqlServerBackupTools.RestoreAsync(_sqlServerBackup!, target.ConnectionString!);
            CopyFolder(Path.Combine(_workDirectory, "documents-backup"), RestoredDocuments!);
        }
    }

    private static void CopyFolder(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}

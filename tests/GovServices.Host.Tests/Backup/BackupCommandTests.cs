using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;
using GovServices.Testing.Databases;
using Microsoft.Data.Sqlite;

namespace GovServices.Host.Tests.Backup;

/// <summary>The host's <c>backup</c> and <c>restore</c> commands on SQLite: what a backup holds, and what they refuse (ADR 0035).</summary>
public sealed class BackupCommandTests
{
    private TestDatabase _source = null!;
    private string _work = null!;
    private string _backup = null!;
    private IReadOnlyList<string> _schemas = null!;

    [OneTimeSetUp]
    public async Task BackUpASeededDatabaseAsync()
    {
        _source = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _work = Directory.CreateTempSubdirectory("govservices-backup-").FullName;
        _backup = Path.Combine(_work, "backup");
        await using (var host = new GovServicesWebApplicationFactory(
            _source.ToConfiguration().Append(new("Identity:SeedDemoData", "true")).ToDictionary(setting => setting.Key, setting => setting.Value)))
        {
            var api = new DrillClient(host);
            await api.FileComplaintAsync("Jalan berlubang");
            _schemas = api.Modules;
        }

        Assert.That(await HostCommandLine.RunAsync("backup", _backup, _source.DataDirectory!), Is.EqualTo(0));
    }

    [OneTimeTearDown]
    public async Task CleanUpAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_source is not null)
            await _source.DisposeAsync();
        if (_work is not null)
            Directory.Delete(_work, recursive: true);
    }

    [Test]
    public async Task A_backup_lists_every_schema_file_with_its_size_checksum_and_applied_migrations()
    {
        var manifest = await ManifestAsync(_backup);

        var schemas = manifest["schemas"]!.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(manifest["hostVersion"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(manifest["createdAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(10)));
            Assert.That(schemas.Select(schema => schema!["schema"]!.GetValue<string>()), Is.EquivalentTo(_schemas).And.Contains("complaints"));
            foreach (var schema in schemas)
            {
                var file = Path.Combine(_backup, schema!["file"]!.GetValue<string>());
                Assert.That(new FileInfo(file).Length, Is.EqualTo(schema["bytes"]!.GetValue<long>()), file);
                Assert.That(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))), Is.EqualTo(schema["sha256"]!.GetValue<string>()), file);
                Assert.That(
                    schema["migrations"]!.AsArray().Select(script => script!.GetValue<string>()),
                    Is.EqualTo(await AppliedMigrationsAsync(Path.Combine(_source.DataDirectory!, schema["schema"]!.GetValue<string>() + ".db"))).And.Not.Empty);
            }
        }
    }

    [Test]
    public async Task A_backup_copy_is_a_whole_database_on_its_own_with_the_data()
    {
        await using var copy = new SqliteConnection($"Data Source={Path.Combine(_backup, "complaints.db")};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await copy.ExecuteScalarAsync<string>("PRAGMA integrity_check"), Is.EqualTo("ok"));
            Assert.That(await copy.ExecuteScalarAsync<string>("PRAGMA journal_mode"), Is.EqualTo("delete"), "no write-ahead log to carry beside it");
            Assert.That(await copy.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaint WHERE title = 'Jalan berlubang'"), Is.EqualTo(1));
            Assert.That(Directory.EnumerateFileSystemEntries(_work).Select(Path.GetFileName), Is.EqualTo(new[] { "backup" }), "no partial folder left behind");
        }
    }

    [Test]
    public async Task A_backup_into_a_folder_that_exists_is_refused()
    {
        var before = await File.ReadAllTextAsync(Path.Combine(_backup, "manifest.json"));

        var exit = await HostCommandLine.RunAsync("backup", _backup, _source.DataDirectory!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(await File.ReadAllTextAsync(Path.Combine(_backup, "manifest.json")), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task A_restore_gives_an_empty_data_directory_exactly_the_files_of_the_backup()
    {
        var target = NewFolder("restored");

        var exit = await HostCommandLine.RunAsync("restore", _backup, target);

        Assert.That(exit, Is.EqualTo(0));
        foreach (var schema in (await ManifestAsync(_backup))["schemas"]!.AsArray())
        {
            var file = Path.Combine(target, schema!["file"]!.GetValue<string>());
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))), Is.EqualTo(schema["sha256"]!.GetValue<string>()), file);
        }
    }

    [Test]
    public async Task A_restore_into_a_data_directory_that_is_not_empty_is_refused_and_leaves_it_as_it_was()
    {
        var target = NewFolder("in-use");
        await File.WriteAllTextAsync(Path.Combine(target, "complaints.db"), "today's data");

        var exit = await HostCommandLine.RunAsync("restore", _backup, target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName), Is.EqualTo(new[] { "complaints.db" }));
            Assert.That(await File.ReadAllTextAsync(Path.Combine(target, "complaints.db")), Is.EqualTo("today's data"));
        }
    }

    [Test]
    public async Task A_backup_whose_file_no_longer_matches_its_checksum_is_refused_and_nothing_is_restored()
    {
        var damaged = CopyOfBackup("damaged");
        var file = Path.Combine(damaged, "payments.db");
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(file, bytes);
        var target = NewFolder("from-damaged");

        var exit = await HostCommandLine.RunAsync("restore", damaged, target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(Directory.EnumerateFileSystemEntries(target), Is.Empty);
        }
    }

    [Test]
    public async Task A_folder_without_a_manifest_is_not_a_backup_and_is_not_restored()
    {
        var unfinished = CopyOfBackup("unfinished");
        File.Delete(Path.Combine(unfinished, "manifest.json"));
        var target = NewFolder("from-unfinished");

        var exit = await HostCommandLine.RunAsync("restore", unfinished, target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(Directory.EnumerateFileSystemEntries(target), Is.Empty);
        }
    }

    private static async Task<JsonNode> ManifestAsync(string backup) =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(backup, "manifest.json")))!;

    private static async Task<IReadOnlyList<string>> AppliedMigrationsAsync(string schemaFile)
    {
        await using var connection = new SqliteConnection($"Data Source={schemaFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return (await connection.QueryAsync<string>("SELECT script_name FROM schema_versions ORDER BY schema_version_id")).ToList();
    }

    private string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(_work, "targets", name)).FullName;

    private string CopyOfBackup(string name)
    {
        var copy = Path.Combine(_work, "copies", name);
        foreach (var file in Directory.EnumerateFiles(_backup, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(copy, Path.GetRelativePath(_backup, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return copy;
    }
}

using System.Text;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.CivilRegistry.Domain;
using GovServices.CivilRegistry.ImportResidents;
using GovServices.CivilRegistry.Synthetic;
using GovServices.CivilRegistry.Tests.Harness;
using GovServices.CivilRegistry.TrackResidentImport;
using GovServices.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.CivilRegistry.Tests;

[TestFixtureSource(typeof(DatabaseMatrix), nameof(DatabaseMatrix.Providers))]
public sealed class ImportTests(DatabaseProvider provider) : CivilRegistryFixture(provider)
{
    private const string Header = "nik,kk,full_name,birth_place,birth_date,sex,religion,marital_status,occupation,street,rt,rw,kelurahan,kecamatan,status";

    [SetUp]
    public void ActAsTheRegistryOffice() => Registry.Actor.Officer("DISDUKCAPIL", clientId: "dukcapil-loader");

    private static string Csv(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    private static string Row(int serial, string name = "Budi Santoso", string birthDate = "1990-07-01", string sex = "L", string status = "active") =>
        $"647402{(sex == "P" ? 41 : 1):00}0790{serial:0000},6474020101150001,{name},Bontang,{birthDate},{sex},Islam,Belum Kawin,Karyawan Swasta,\"Jl. Brigjend Katamso, Gg. 3\",10,3,Tanjung Laut,Bontang Selatan,{status}";

    [Test]
    public async Task Good_rows_land_and_bad_rows_are_reported_by_row_and_field()
    {
        var report = await Registry.ImportAsync(Csv(
            "STATUS,Kecamatan,kelurahan,rw,rt,street,occupation,marital_status,religion,sex,birth_date,birth_place,full_name,kk,NIK",
            "active,Bontang Selatan,Tanjung Laut,3,10,Jl. Katamso,Guru,Kawin,Islam,L,1990-07-01,Bontang,Budi Santoso,6474020101150001,6474020107901001",
            "active,Bontang Selatan,Tanjung Laut,3,10,Jl. Katamso,,Kawin,Islam,P,1990-07-01,Bontang,Sri Wahyuni,6474020101150001,6474020107901002",
            "moved,Bontang Utara,Lok Tuan,1,1,,,Belum Kawin,Hindu,L,1990-02-30,Bontang,Made,6474010101150001,6474010107901003",
            ",Bontang Selatan,Tanjung Laut,3,10,,,Kawin,Islam,P,1991-01-05,Bontang,Ani,6474020101150001,6474024501911004"));

        Assert.Multiple(async () =>
        {
            Assert.That(report.Status, Is.EqualTo("Completed"));
            Assert.That((report.RowsRead, report.RowsInserted, report.RowsFailed), Is.EqualTo((4L, 2L, 2L)));
            Assert.That(report.Errors.Items.Select(error => (error.Row, error.Field)), Is.EqualTo(new (long, string?)[]
            {
                (3, "nik"),
                (4, "birth_date"),
            }));
            Assert.That(report.Errors.Items[0].Reason, Does.Contain("man's birth day"));
            Assert.That((await Registry.FindResidentAsync("6474020107901001"))!.Rw, Is.EqualTo("003"));
            Assert.That((await Registry.FindResidentAsync("6474024501911004"))!.Status, Is.EqualTo(ResidentStatus.Active));
            Assert.That(await Registry.FindResidentAsync("6474020107901002"), Is.Null, "a bad row is not imported at all");
        });
    }

    [Test]
    public async Task Importing_the_same_file_again_changes_nothing_and_a_changed_row_is_updated()
    {
        var file = Csv(Header, Row(2001), Row(2002, "Andi Wijaya"), Row(2003, "Rudi Hartono"));
        await Registry.ImportAsync(file);
        var versionBefore = await Registry.ScalarAsync<long>("SELECT SUM(version) FROM civil_registry.resident WHERE nik IN ('6474020107902001', '6474020107902002', '6474020107902003')");

        var again = await Registry.ImportAsync(file);
        var changed = await Registry.ImportAsync(Csv(Header, Row(2001), Row(2002, "Andi Wijaya", status: "deceased"), Row(2003, "Rudi Hartono")));

        Assert.Multiple(async () =>
        {
            Assert.That((again.RowsInserted, again.RowsUpdated, again.RowsUnchanged), Is.EqualTo((0L, 0L, 3L)));
            Assert.That((changed.RowsInserted, changed.RowsUpdated, changed.RowsUnchanged), Is.EqualTo((0L, 1L, 2L)));
            Assert.That(versionBefore, Is.EqualTo(3));
            Assert.That((await Registry.FindResidentAsync("6474020107902002"))!.Status, Is.EqualTo(ResidentStatus.Deceased));
        });
    }

    [Test]
    public async Task A_NIK_repeated_in_one_file_keeps_the_first_row()
    {
        var report = await Registry.ImportAsync(Csv(Header, Row(2101, "First Name"), Row(2101, "Second Name")));

        Assert.That(report.Errors.Items.Single(), Is.EqualTo(new ResidentImportErrorView(3, "nik", "The NIK already appears on row 2; that row was imported, this one was not.")));
        Assert.That((await Registry.FindResidentAsync("6474020107902101"))!.FullName, Is.EqualTo("First Name"));
    }

    [Test]
    public async Task A_UTF8_byte_order_mark_is_accepted()
    {
        var report = await Registry.ImportAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(Header, Row(2201)))]);

        Assert.That((report.Status, report.RowsInserted), Is.EqualTo(("Completed", 1L)));
    }

    [Test]
    public async Task Wrong_headers_are_reported_column_by_column_and_nothing_is_imported()
    {
        var report = await Registry.ImportAsync(Csv(
            "nik,kk,full name,birth_place,birth_date,sex,religion,marital_status,occupation,street,rt,rw,kelurahan,kecamatan,status,kk",
            Row(2301) + ",6474020101150001"));

        Assert.Multiple(async () =>
        {
            Assert.That(report.Status, Is.EqualTo("Failed"));
            Assert.That(report.Errors.Items.Select(error => (error.Row, error.Field)), Is.EquivalentTo(new (long, string?)[] { (1, "full name"), (1, "kk"), (1, "full_name") }));
            Assert.That(report.Errors.Items.Single(error => error.Field == "full_name").Reason, Is.EqualTo("The header has no column 'full_name'."));
            Assert.That(await Registry.FindResidentAsync("6474020107902301"), Is.Null);
        });
    }

    [Test]
    public async Task Broken_quoting_stops_the_import_at_that_row_with_the_rows_before_it_in()
    {
        var report = await Registry.ImportAsync(Csv(
            Header,
            Row(2401),
            "6474020107902402,6474020101150001,\"Budi \"Kecil\" Santoso\",Bontang,1990-07-01,L,Islam,Belum Kawin,,,10,3,Tanjung Laut,Bontang Selatan,active",
            Row(2403)));

        Assert.Multiple(async () =>
        {
            Assert.That(report.Status, Is.EqualTo("Failed"));
            Assert.That(report.Errors.Items.Single().Row, Is.EqualTo(3));
            Assert.That(report.FailureReason, Does.Contain("quoted field"));
            Assert.That(await Registry.FindResidentAsync("6474020107902401"), Is.Not.Null);
            Assert.That(await Registry.FindResidentAsync("6474020107902402"), Is.Null);
            Assert.That(await Registry.FindResidentAsync("6474020107902403"), Is.Null);
        });
    }

    [Test]
    public async Task Bytes_that_are_not_UTF8_fail_their_row_and_field_only()
    {
        var latin1 = Encoding.Latin1.GetBytes(Csv(Header, Row(2501, "Andr\u00e9 Wijaya"), Row(2502)));

        var report = await Registry.ImportAsync(latin1);

        Assert.Multiple(async () =>
        {
            Assert.That(report.Status, Is.EqualTo("Completed"));
            Assert.That(report.Errors.Items.Single(), Is.EqualTo(new ResidentImportErrorView(2, "full_name", "The value is not UTF-8 text: save the file as CSV UTF-8.")));
            Assert.That(await Registry.FindResidentAsync("6474020107902502"), Is.Not.Null);
        });
    }

    [Test]
    public async Task A_UTF16_file_is_refused_with_the_reason()
    {
        var report = await Registry.ImportAsync(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Csv(Header, Row(2601)))).ToArray());

        Assert.That(report.Status, Is.EqualTo("Failed"));
        Assert.That(report.FailureReason, Does.Contain("UTF-16"));
    }

    [Test]
    public async Task A_ten_megabyte_line_stops_the_import_with_a_precise_error_and_no_half_row()
    {
        var file = Csv(Header, Row(2701), Row(2702, new string('A', 10 * 1024 * 1024)), Row(2703));

        var report = await Registry.ImportAsync(file);

        Assert.Multiple(async () =>
        {
            Assert.That(report.Status, Is.EqualTo("Failed"));
            Assert.That(report.Errors.Items.Single().Row, Is.EqualTo(3));
            Assert.That(report.FailureReason, Does.Contain("longer than"));
            Assert.That(await Registry.FindResidentAsync("6474020107902701"), Is.Not.Null);
            Assert.That(await Registry.FindResidentAsync("6474020107902702"), Is.Null);
        });
    }

    [Test]
    public async Task A_row_with_too_few_fields_is_reported_and_skipped()
    {
        var report = await Registry.ImportAsync(Csv(Header, "6474020107902801,6474020101150001,Budi", Row(2802)));

        Assert.That(report.Errors.Items.Single(), Is.EqualTo(new ResidentImportErrorView(2, null, "The row has 3 fields; the header has 15.")));
        Assert.That(report.RowsInserted, Is.EqualTo(1));
    }

    [Test]
    public async Task An_empty_upload_is_refused_at_once()
    {
        var result = await Registry.SendAsync<Result<ResidentImportAccepted>>(new StartResidentImportCommand(new MemoryStream(), "empty.csv"));

        Assert.That(result.Error!.FieldErrors!["file"], Is.Not.Empty);
        Assert.That(await Registry.ScalarAsync<long>("SELECT COUNT(*) FROM civil_registry.import_job WHERE file_name = 'empty.csv'"), Is.Zero);
    }

    [Test]
    public async Task Another_client_cannot_see_an_import()
    {
        var report = await Registry.ImportAsync(Csv(Header, Row(2901)));
        Registry.Actor.PartnerApp("someone-else");

        var result = await Registry.SendAsync<Result<ResidentImportReport>>(new TrackResidentImport.TrackResidentImportQuery(report.Id, 10));

        Assert.That(result.Error!.Kind, Is.EqualTo(ErrorKind.NotFound));
    }

    [Test]
    public async Task An_error_cursor_the_report_never_issued_is_a_400_even_for_an_import_that_is_not_there()
    {
        ActAsTheRegistryOffice();
        var absent = Guid.CreateVersion7();

        var badCursor = await Registry.SendAsync<Result<ResidentImportReport>>(new TrackResidentImport.TrackResidentImportQuery(absent, Cursor: PageRequest.Encode("not-a-number")));
        var goodCursor = await Registry.SendAsync<Result<ResidentImportReport>>(new TrackResidentImport.TrackResidentImportQuery(absent, Cursor: PageRequest.Encode("5")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(badCursor.Error!.Kind, Is.EqualTo(ErrorKind.Validation));
            Assert.That(badCursor.Error.FieldErrors!.Keys, Is.EquivalentTo(new[] { "cursor" }));
            Assert.That(goodCursor.Error!.Kind, Is.EqualTo(ErrorKind.NotFound));
        }
    }

    [Test]
    public async Task The_file_is_deleted_once_imported()
    {
        var report = await Registry.ImportAsync(Csv(Header, Row(3001)));

        Assert.That(await Registry.ScalarAsync<long>("SELECT COUNT(*) FROM civil_registry.import_file_chunk WHERE job_id = @job_id", new { job_id = report.Id }), Is.Zero);
    }

    [Test]
    public async Task The_upload_is_stored_compressed_until_it_is_imported()
    {
        var file = Encoding.UTF8.GetBytes(Csv([Header, .. Enumerable.Range(4001, 200).Select(serial => Row(serial))]));

        var accepted = await Registry.SendAsync<Result<ResidentImportAccepted>>(new StartResidentImportCommand(new MemoryStream(file), "residents.csv"));
        var stored = await Registry.ScalarAsync<long>("SELECT SUM(LENGTH(content)) FROM civil_registry.import_file_chunk WHERE job_id = @job_id", new { job_id = accepted.Value.Id });
        await Registry.RunImportsAsync();
        var report = await Registry.ReportAsync(accepted.Value.Id);

        Assert.Multiple(() =>
        {
            Assert.That(accepted.Value.FileBytes, Is.EqualTo(file.Length), "the size reported is the file's, not the stored one");
            Assert.That(stored, Is.LessThan(file.Length / 4));
            Assert.That((report.Status, report.RowsInserted), Is.EqualTo(("Completed", 200L)));
        });
    }

    [Test]
    public async Task A_file_stored_uncompressed_before_the_upgrade_still_imports()
    {
        var id = Guid.CreateVersion7();
        await Registry.ExecuteAsync(
            """
            INSERT INTO civil_registry.import_job (
                id, status, file_name, file_bytes, requested_by_client_id, requested_by_user_id, requested_at,
                rows_read, rows_inserted, rows_updated, rows_unchanged, rows_failed, errors_recorded, attempts)
            VALUES (@id, 'Queued', 'old.csv', 1, 'dukcapil-loader', NULL, @requested_at, 0, 0, 0, 0, 0, 0, 0)
            """,
            new { id, requested_at = CivilRegistryHarness.Now });
        await Registry.ExecuteAsync(
            "INSERT INTO civil_registry.import_file_chunk (job_id, chunk_number, content) VALUES (@job_id, 0, @content)",
            new { job_id = id, content = Encoding.UTF8.GetBytes(Csv(Header, Row(3201))) });

        await Registry.RunImportsAsync();

        var report = await Registry.ReportAsync(id);
        Assert.That((report.Status, report.RowsInserted), Is.EqualTo(("Completed", 1L)));
    }

    [Test]
    public async Task A_job_whose_worker_died_is_taken_over_once_its_lease_runs_out_and_imported_once()
    {
        var accepted = await Registry.SendAsync<Result<ResidentImportAccepted>>(new StartResidentImportCommand(new MemoryStream(Encoding.UTF8.GetBytes(Csv(Header, Row(3301), Row(3302)))), "residents.csv"));
        // A worker claimed it, counted one row and died: its lease is still running.
        await Registry.ExecuteAsync(
            """
            UPDATE civil_registry.import_job
            SET status = 'Running', lease_owner = 'stopped-worker', lease_expires_at = @lease_expires_at, attempts = 1, rows_read = 1, rows_inserted = 1
            WHERE id = @id
            """,
            new { id = accepted.Value.Id, lease_expires_at = CivilRegistryHarness.Now.AddMinutes(1) });

        await Registry.RunImportsAsync();
        var whileLeased = await Registry.ReportAsync(accepted.Value.Id);
        Registry.Clock.Advance(TimeSpan.FromMinutes(3));
        await Registry.RunImportsAsync();
        var report = await Registry.ReportAsync(accepted.Value.Id);

        Assert.Multiple(() =>
        {
            Assert.That(whileLeased.Status, Is.EqualTo("Running"), "a live lease is not taken over");
            Assert.That(report.Status, Is.EqualTo("Completed"));
            Assert.That((report.RowsRead, report.RowsInserted), Is.EqualTo((2L, 2L)), "counted from the top, once");
        });
    }

    [Test]
    public async Task A_worker_that_stops_mid_import_hands_the_job_back_and_another_imports_it_at_once()
    {
        var residents = new SyntheticResidentGenerator(31, DateOnly.FromDateTime(CivilRegistryHarness.Now.UtcDateTime)).Generate(30_000).ToList();
        await using var text = new StringWriter();
        await ResidentCsvWriter.WriteAsync(text, residents);
        var accepted = await Registry.SendAsync<Result<ResidentImportAccepted>>(
            new StartResidentImportCommand(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "residents.csv"));
        var processor = Registry.Services.GetRequiredService<ResidentImportProcessor>();
        using var stop = new CancellationTokenSource();

        // The host stops once the first batches have landed.
        var importing = processor.ProcessNextAsync(stop.Token);
        while (!importing.IsCompleted
            && await Registry.ScalarAsync<long>("SELECT rows_read FROM civil_registry.import_job WHERE id = @id", new { id = accepted.Value.Id }) == 0)
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        Assert.CatchAsync<OperationCanceledException>(() => importing, "the import was still running when the host stopped");
        var handedBack = await Registry.ScalarAsync<long>(
            "SELECT COUNT(*) FROM civil_registry.import_job WHERE id = @id AND status = 'Queued' AND lease_owner IS NULL AND attempts = 0",
            new { id = accepted.Value.Id });
        await Registry.RunImportsAsync();
        var report = await Registry.ReportAsync(accepted.Value.Id);

        Assert.Multiple(() =>
        {
            Assert.That(handedBack, Is.EqualTo(1), "queued again at once, lease cleared, the stop not counted as an attempt");
            Assert.That(report.Status, Is.EqualTo("Completed"), "taken over without waiting for the lease to run out");
            Assert.That(report.RowsRead, Is.EqualTo(30_000L), "counted from the top, once");
        });
    }

    [Test]
    public async Task Synthetic_residents_written_as_CSV_import_without_errors()
    {
        var residents = new SyntheticResidentGenerator(99, DateOnly.FromDateTime(CivilRegistryHarness.Now.UtcDateTime)).Generate(300).ToList();
        await using var text = new StringWriter();
        await ResidentCsvWriter.WriteAsync(text, residents);

        var report = await Registry.ImportAsync(text.ToString());

        Assert.That(report.Errors.Items, Is.Empty);
        Assert.That(report.RowsInserted + report.RowsUpdated + report.RowsUnchanged, Is.EqualTo(300));
    }

    [Test]
    public async Task The_import_gives_its_connection_back_to_the_pool_with_the_pools_page_cache()
    {
        if (Provider != DatabaseProvider.Sqlite)
            Assert.Ignore("SQLite page caches only.");
        var residents = new SyntheticResidentGenerator(7, DateOnly.FromDateTime(CivilRegistryHarness.Now.UtcDateTime)).Generate(50).ToList();
        await using var text = new StringWriter();
        await ResidentCsvWriter.WriteAsync(text, residents);

        await Registry.ImportAsync(text.ToString());

        // Every pooled connection: the import's larger cache must not come back with any of them.
        var caches = new List<long>();
        var open = new List<System.Data.Common.DbConnection>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var connection = await Registry.Connections.OpenConnectionAsync();
                open.Add(connection);
                caches.Add(await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "PRAGMA civil_registry.cache_size"));
            }
        }
        finally
        {
            foreach (var connection in open)
                await connection.DisposeAsync();
        }

        Assert.That(caches, Is.All.EqualTo(-new DatabaseOptions().SqliteCacheKibibytes));
    }
}

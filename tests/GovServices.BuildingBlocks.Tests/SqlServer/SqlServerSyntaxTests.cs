using System.Reflection;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Tests.Harness;
using GovServices.Testing.Modules;
using GovServices.Testing.SqlServer;

namespace GovServices.BuildingBlocks.Tests.SqlServer;

/// <summary>
/// No SQL Server runs on the development machines, so every SQL Server script, every ready-made statement of the
/// building blocks and of each module the host composes, and every statement rendered here with the SQL Server dialect
/// is at least parsed by Microsoft's own T-SQL parser (<see cref="SqlServerSyntax"/>).
/// </summary>
public sealed class SqlServerSyntaxTests
{
    // "identity" is a reserved word in T-SQL: every building-block statement must quote the schema.
    private const string Schema = "identity";
    private static readonly ISqlDialect Dialect = SqlServerSyntax.Dialect;

    private static readonly Assembly[] ScriptAssemblies = [.. HostModules.WithBuildingBlocks, typeof(BuildingBlocksHarness).Assembly];

    // The civil registry's resident import upserts with one statement per dialect; SQL Server's path compares rows in
    // code and sends plain inserts and updates instead (SqlServerResidentUpsert), which are parsed like the rest.
    private static readonly string[] OtherDialectsOnly =
    [
        "GovServices.CivilRegistry/ImportResidents.ResidentImportSql.UpsertResident",
        "GovServices.CivilRegistry/ImportResidents.ResidentImportSql.UpsertResidentArrays",
    ];

    public static IEnumerable<TestCaseData> MigrationScripts() => SqlServerSyntax.Migrations(ScriptAssemblies, Schema);

    public static IEnumerable<TestCaseData> ReadyMadeStatements() => SqlServerSyntax.Cases(ForSqlServer());

    public static IEnumerable<TestCaseData> RenderedStatements() => SqlServerSyntax.Cases(new Dictionary<string, string>
    {
        ["limit"] = $"SELECT id FROM \"{Schema}\".note ORDER BY id {Dialect.Limit("limit")}",
        ["insert-if-absent"] = Dialect.InsertIfAbsent($"\"{Schema}\".inbox_message", ["message_id", "consumer", "handled_at"], ["message_id", "consumer"]),
        ["upsert"] = Dialect.Upsert($"\"{Schema}\".note", ["id", "body", "version"], ["id"]),
        ["claim-rows"] = Dialect.ClaimRows($"\"{Schema}\".outbox_message", "processed_at IS NULL", "occurred_at, id", "batch_size", "lease_owner = @lease_owner"),
        ["outbox-enqueue"] = OutboxSql.Enqueue(Schema),
        ["outbox-claim"] = OutboxSql.Claim(Schema, Dialect),
        ["outbox-select-claimed"] = OutboxSql.SelectClaimed(Schema),
        ["outbox-mark-processed"] = OutboxSql.MarkProcessed(Schema),
        ["outbox-record-failure"] = OutboxSql.RecordFailure(Schema),
        ["outbox-release-leases"] = OutboxSql.ReleaseLeases(Schema),
        ["inbox-record-delivery"] = OutboxSql.RecordDelivery(Schema, Dialect),
        ["outbox-select-pending"] = OutboxSql.SelectPending(Schema),
        ["outbox-count-poisoned"] = OutboxSql.CountPoisoned(Schema),
        ["audit-insert"] = AuditSql.Insert(Schema),
        ["idempotency-delete-expired-key"] = IdempotencySql.DeleteExpiredKey(Schema),
        ["idempotency-reserve"] = IdempotencySql.Reserve(Schema, Dialect),
        ["idempotency-select"] = IdempotencySql.Select(Schema),
        ["idempotency-store-response"] = IdempotencySql.StoreResponse(Schema),
        ["idempotency-delete-expired"] = IdempotencySql.DeleteExpired(Schema),
        ["provisional-due-date-upsert"] = Dialect.Upsert($"\"{Schema}\".provisional_due_date", ProvisionalDueDateSql.Columns, ProvisionalDueDateSql.KeyColumns),
        ["provisional-due-date-delete"] = ProvisionalDueDateSql.Delete($"\"{Schema}\""),
        ["provisional-due-date-page"] = ProvisionalDueDateSql.SelectPage($"\"{Schema}\"", Dialect.Limit("limit")),
        ["provisional-due-date-update"] = ProvisionalDueDateSql.UpdateDueOn($"\"{Schema}\""),
    });

    private static IEnumerable<KeyValuePair<string, string>> ForSqlServer() =>
        SqlServerSyntax.ReadyMadeStatements(HostModules.WithBuildingBlocks).Where(statement => !OtherDialectsOnly.Contains(statement.Key));

    [TestCaseSource(nameof(MigrationScripts))]
    public void Migration_script_is_valid_T_SQL(string script) => SqlServerSyntax.AssertParses(script);

    [TestCaseSource(nameof(ReadyMadeStatements))]
    public void Ready_made_statement_is_valid_T_SQL(string statement) => SqlServerSyntax.AssertParses(statement);

    [TestCaseSource(nameof(ReadyMadeStatements))]
    public void Ready_made_statement_orders_by_time_before_id(string statement) =>
        Assert.That(SqlServerSyntax.OrdersByIdFirst(statement), Is.Empty, "order by the time column, then id: SQL Server sorts a uniqueidentifier by its last bytes");

    [Test]
    public void The_order_check_does_catch_a_list_in_id_order()
    {
        Assert.That(SqlServerSyntax.OrdersByIdFirst("SELECT id FROM sample.note ORDER BY id DESC"), Has.Count.EqualTo(1));
        Assert.That(SqlServerSyntax.OrdersByIdFirst("SELECT n.id FROM sample.note n ORDER BY n.id"), Has.Count.EqualTo(1));
        Assert.That(SqlServerSyntax.OrdersByIdFirst("SELECT id FROM sample.note ORDER BY created_at DESC, id DESC"), Is.Empty);
    }

    [TestCaseSource(nameof(RenderedStatements))]
    public void Rendered_statement_is_valid_T_SQL(string statement) => SqlServerSyntax.AssertParses(statement);

    [Test]
    public void The_parser_does_reject_invalid_T_SQL() =>
        Assert.That(SqlServerSyntax.Parse("SELECT id FROM sample.note LIMIT 5"), Is.Not.Empty);

    [Test]
    public void The_ready_made_statements_are_found_in_every_kind_of_place()
    {
        Assert.That(ForSqlServer().Select(statement => statement.Key), Is.SupersetOf(new[]
        {
            // Constants of a *Sql class, a constant elsewhere, a building block's, and what a method renders from the
            // dialect alone; the calendar's were in no hand-kept list.
            "GovServices.Calendar/Years.CalendarYearSql.SelectAll",
            "GovServices.Identity/Server.TokenEntryCheck.SelectStatus",
            "GovServices.BuildingBlocks/Data.StartupLock.SqlServerAcquire",
            "GovServices.Calendar/Years.CalendarYearSql.InsertIfAbsent",
        }));
    }
}

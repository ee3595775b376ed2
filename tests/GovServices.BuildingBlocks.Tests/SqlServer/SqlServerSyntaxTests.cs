using System.Reflection;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Data.Migrations;
using GovServices.BuildingBlocks.Http.Idempotency;
using GovServices.BuildingBlocks.Messaging;
using GovServices.BuildingBlocks.Tests.Harness;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovServices.BuildingBlocks.Tests.SqlServer;

/// <summary>
/// No SQL Server runs on the development machines, so every SQL Server script and every statement rendered
/// with the SQL Server dialect is at least parsed by Microsoft's own T-SQL parser.
/// </summary>
public sealed class SqlServerSyntaxTests
{
    // "identity" is a reserved word in T-SQL: every building-block statement must quote the schema.
    private const string Schema = "identity";
    private static readonly ISqlDialect Dialect = new SqlServerDialect();

    private static readonly Assembly[] ScriptAssemblies =
    [
        typeof(DatabaseMigrator).Assembly,
        typeof(GovServices.Identity.IdentityModule).Assembly,
        typeof(GovServices.Complaints.ComplaintsModule).Assembly,
        typeof(GovServices.Permits.PermitsModule).Assembly,
        typeof(GovServices.CivilRegistry.CivilRegistryModule).Assembly,
        typeof(GovServices.Payments.PaymentsModule).Assembly,
        typeof(GovServices.Calendar.CalendarModule).Assembly,
        typeof(BuildingBlocksHarness).Assembly,
    ];

    public static IEnumerable<TestCaseData> MigrationScripts() =>
        ScriptAssemblies.SelectMany(assembly => GovServices.BuildingBlocks.Data.Migrations.MigrationScripts
            .Read(assembly, DatabaseProvider.SqlServer)
            .Select(script => new TestCaseData(script.Text.Replace(GovServices.BuildingBlocks.Data.Migrations.MigrationScripts.SchemaPlaceholder, Schema, StringComparison.Ordinal))
                .SetArgDisplayNames($"{assembly.GetName().Name}/{script.FileName}")));

    public static IEnumerable<TestCaseData> RenderedStatements()
    {
        var statements = new Dictionary<string, string>
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
            ["startup-lock-acquire"] = StartupLock.SqlServerAcquire,
            ["startup-lock-release"] = StartupLock.SqlServerRelease,
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
        };
        return statements.Select(statement => new TestCaseData(statement.Value).SetArgDisplayNames(statement.Key));
    }

    [TestCaseSource(nameof(MigrationScripts))]
    public void Migration_script_is_valid_T_SQL(string script) => AssertParses(script);

    [TestCaseSource(nameof(RenderedStatements))]
    public void Rendered_statement_is_valid_T_SQL(string statement) => AssertParses(statement);

    [Test]
    public void The_parser_does_reject_invalid_T_SQL() =>
        Assert.That(Parse("SELECT id FROM sample.note LIMIT 5"), Is.Not.Empty);

    private static void AssertParses(string sql)
    {
        var errors = Parse(sql);
        Assert.That(errors, Is.Empty, () => string.Join(Environment.NewLine, errors.Select(error => $"line {error.Line}: {error.Message}")) + Environment.NewLine + sql);
    }

    private static IList<ParseError> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }
}

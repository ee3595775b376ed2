using GovServices.Host.Instances;
using GovServices.Testing.SqlServer;

namespace GovServices.Host.Tests;

/// <summary>
/// The host's own schema (<c>operations</c>, docs/adr/0069): its SQL Server migration scripts and statements, parsed by
/// Microsoft's T-SQL parser, since no SQL Server runs here (the modules' are in their own projects).
/// </summary>
public sealed class HostSqlServerSyntaxTests
{
    private static readonly System.Reflection.Assembly Host = typeof(InstanceRegistry).Assembly;

    public static IEnumerable<TestCaseData> MigrationScripts() => SqlServerSyntax.Migrations([Host], InstanceSql.Schema);

    public static IEnumerable<TestCaseData> Statements() => SqlServerSyntax.Cases(
        SqlServerSyntax.ReadyMadeStatements([Host])
            .Append(KeyValuePair.Create("instance-upsert", SqlServerSyntax.Dialect.Upsert(InstanceSql.Table, InstanceRegistry.Columns, ["id"]))));

    [Test]
    public void The_host_has_migration_scripts() => Assert.That(MigrationScripts(), Is.Not.Empty);

    [TestCaseSource(nameof(MigrationScripts))]
    public void Migration_script_is_valid_T_SQL(string script) => SqlServerSyntax.AssertParses(script);

    [TestCaseSource(nameof(Statements))]
    public void Statement_is_valid_T_SQL(string sql) => SqlServerSyntax.AssertParses(sql);
}

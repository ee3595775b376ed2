using GovServices.BuildingBlocks.Data;
using GovServices.Permits.Issuing;
using GovServices.Permits.Issuing.Numbering;
using GovServices.Permits.Issuing.Signing;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovServices.Permits.Tests.Issuing;

/// <summary>No SQL Server runs here, so every statement of permit issuing, rendered for SQL Server, is at least parsed.</summary>
internal sealed class IssuingSqlServerSyntaxTests
{
    private static readonly ISqlDialect Dialect = (ISqlDialect)Activator.CreateInstance(
        typeof(ISqlDialect).Assembly.GetType("GovServices.BuildingBlocks.Data.SqlServerDialect")!)!;

    public static IEnumerable<TestCaseData> Statements()
    {
        var statements = new Dictionary<string, string>
        {
            ["sequence-ensure"] = Dialect.InsertIfAbsent(PermitNumberSequenceSql.Table, PermitNumberSequenceSql.Columns, PermitNumberSequenceSql.Key),
            ["sequence-increment"] = PermitNumberSequenceSql.Increment,
            ["sequence-select"] = PermitNumberSequenceSql.SelectLastValue,
            ["sequence-give-back"] = PermitNumberSequenceSql.GiveBack,
            ["permit-insert"] = IssuedPermitSql.Insert,
            ["permit-select-by-id"] = IssuedPermitSql.SelectById,
            ["permit-select-by-application"] = IssuedPermitSql.SelectByApplication,
            ["permit-revoke"] = IssuedPermitSql.Revoke,
            ["key-select-all"] = SigningKeySql.SelectAll,
            ["key-select-active"] = SigningKeySql.SelectActive,
            ["key-insert"] = SigningKeySql.Insert,
            ["key-retire"] = SigningKeySql.Retire,
        };
        return statements.Select(statement => new TestCaseData(statement.Value).SetArgDisplayNames(statement.Key));
    }

    /// <summary>The module's SQL Server migrations, read from its embedded resources.</summary>
    public static IEnumerable<TestCaseData> Scripts()
    {
        var assembly = typeof(PermitsModule).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.Contains(".sqlserver.", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return new TestCaseData(reader.ReadToEnd()).SetArgDisplayNames(name);
        }
    }

    [TestCaseSource(nameof(Statements))]
    [TestCaseSource(nameof(Scripts))]
    public void Statement_is_valid_T_SQL(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);

        Assert.That(errors, Is.Empty, () => string.Join(Environment.NewLine, errors.Select(error => $"line {error.Line}: {error.Message}")) + Environment.NewLine + sql);
    }
}

using GovServices.Identity.Server;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovServices.Identity.Tests;

/// <summary>No SQL Server runs here: the statements Identity writes by hand (outside EF Core) are at least parsed as T-SQL.</summary>
public sealed class IdentitySqlServerSyntaxTests
{
    [TestCase(TokenEntryCheck.SelectStatus, TestName = "Token entry status query is valid T-SQL")]
    public void Statement_is_valid_T_SQL(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);

        Assert.That(errors, Is.Empty, () => string.Join(Environment.NewLine, errors.Select(error => $"line {error.Line}: {error.Message}")) + Environment.NewLine + sql);
    }
}

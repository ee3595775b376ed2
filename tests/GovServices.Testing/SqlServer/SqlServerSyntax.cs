using System.Reflection;
using GovServices.BuildingBlocks.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GovServices.Testing.SqlServer;

/// <summary>
/// No SQL Server runs on the development machines, so SQL written for it is at least parsed by Microsoft's own T-SQL
/// parser: the statements a module renders with the SQL Server dialect, every SQL constant and every SQL Server
/// migration script.
/// </summary>
public static class SqlServerSyntax
{
    // A constant whose text begins with one of these is a whole statement; other constants are fragments (column
    // lists, conditions, table names) that only the statements built from them can show to the parser.
    private static readonly string[] StatementKeywords = ["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH", "EXEC"];

    /// <summary>The SQL Server dialect, for rendering a module's statements.</summary>
    public static ISqlDialect Dialect { get; } = new SqlServerDialect();

    /// <summary>Named statements as test cases, each shown by its name.</summary>
    public static IEnumerable<TestCaseData> Cases(IEnumerable<KeyValuePair<string, string>> statements) =>
        statements.Select(statement => new TestCaseData(statement.Value).SetArgDisplayNames(statement.Key));

    /// <summary>
    /// Every whole statement the assemblies hold ready-made, by <c>Assembly/Type.Member</c>: each string constant
    /// (<c>const</c> or <c>static readonly</c>) of any type, and what each static method of a <c>*Sql</c> type that
    /// takes nothing but the dialect renders for SQL Server. Statements built from other arguments are the modules'
    /// own test cases.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> ReadyMadeStatements(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(assembly => StatementsOf(assembly)
            .Select(statement => KeyValuePair.Create($"{assembly.GetName().Name}/{statement.Key}", statement.Value)));

    /// <summary>Every SQL Server migration script of the assemblies, named <c>Assembly/file</c>.</summary>
    public static IEnumerable<TestCaseData> Migrations(IEnumerable<Assembly> assemblies, string schema) =>
        assemblies.SelectMany(assembly => GovServices.BuildingBlocks.Data.Migrations.MigrationScripts.Read(assembly, DatabaseProvider.SqlServer)
            .Select(script => new TestCaseData(script.Text.Replace(GovServices.BuildingBlocks.Data.Migrations.MigrationScripts.SchemaPlaceholder, schema, StringComparison.Ordinal))
                .SetArgDisplayNames($"{assembly.GetName().Name}/{script.FileName}")));

    public static void AssertParses(string sql)
    {
        var errors = Parse(sql);
        Assert.That(errors, Is.Empty, () => string.Join(Environment.NewLine, errors.Select(error => $"line {error.Line}: {error.Message}")) + Environment.NewLine + sql);
    }

    /// <summary>
    /// The ORDER BY clauses of <paramref name="sql"/> whose first key is a column named <c>id</c>: on SQL Server a
    /// uniqueidentifier sorts by its last six bytes first, so a list in UUIDv7 id order is not in time order there.
    /// A list orders by its time column and breaks ties by id.
    /// </summary>
    public static IReadOnlyList<string> OrdersByIdFirst(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        if (errors.Count > 0)
            throw new ArgumentException($"Not T-SQL: {errors[0].Message}", nameof(sql));
        var finder = new IdFirstOrderFinder(sql);
        fragment.Accept(finder);
        return finder.Found;
    }

    public static IList<ParseError> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }

    private static IEnumerable<KeyValuePair<string, string>> StatementsOf(Assembly assembly)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var prefix = assembly.GetName().Name!.Length + 1;
        var types = assembly.GetTypes().Where(type => !type.ContainsGenericParameters).ToList();
        var constants = types.SelectMany(type => type.GetFields(Declared)
            .Where(field => field.FieldType == typeof(string) && (field.IsLiteral || field.IsInitOnly))
            .Select(field => KeyValuePair.Create($"{type.FullName![prefix..]}.{field.Name}", (string?)field.GetValue(null))));
        var rendered = types.Where(type => type.Name.EndsWith("Sql", StringComparison.Ordinal))
            .SelectMany(type => type.GetMethods(Declared)
                .Where(method => method.ReturnType == typeof(string) && !method.IsSpecialName
                    && method.GetParameters().Select(parameter => parameter.ParameterType).SequenceEqual([typeof(ISqlDialect)]))
                .Select(method => KeyValuePair.Create($"{type.FullName![prefix..]}.{method.Name}", (string?)method.Invoke(null, [Dialect]))));
        return constants.Concat(rendered)
            .Where(statement => statement.Value is not null && IsStatement(statement.Value))
            .Select(statement => KeyValuePair.Create(statement.Key, statement.Value!))
            .OrderBy(statement => statement.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsStatement(string text)
    {
        // Upper case only, as our SQL is written: an endpoint's description may begin with "With ...".
        var start = text.TrimStart();
        return StatementKeywords.Any(keyword =>
            start.StartsWith(keyword, StringComparison.Ordinal)
            && (start.Length == keyword.Length || !char.IsLetterOrDigit(start[keyword.Length])));
    }

    private sealed class IdFirstOrderFinder(string sql) : TSqlFragmentVisitor
    {
        public List<string> Found { get; } = [];

        public override void Visit(OrderByClause node)
        {
            if (node.OrderByElements.FirstOrDefault()?.Expression is ColumnReferenceExpression { MultiPartIdentifier.Identifiers: { Count: > 0 } parts }
                && string.Equals(parts[^1].Value, "id", StringComparison.OrdinalIgnoreCase))
            {
                Found.Add(sql.Substring(node.StartOffset, node.FragmentLength));
            }
        }
    }
}

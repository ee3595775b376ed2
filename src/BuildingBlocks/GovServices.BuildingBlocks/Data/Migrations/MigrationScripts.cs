using System.Reflection;
using DbUp.Engine;

namespace GovServices.BuildingBlocks.Data.Migrations;

/// <summary>
/// The scripts of one module schema: first the building-block tables every module has (outbox, inbox, audit
/// log, idempotency records), written once with a <c>{schema}</c> placeholder, then the module's own scripts.
/// Both come from embedded resources under <c>Data/Scripts/&lt;dialect&gt;/</c>.
/// </summary>
internal static class MigrationScripts
{
    public const string SchemaPlaceholder = "{schema}";

    private const int BuildingBlocksRunGroup = 0;
    private const int ModuleRunGroup = 1;

    public static IReadOnlyList<SqlScript> For(ModuleSchema schema, DatabaseProvider provider)
    {
        var buildingBlocks = Read(typeof(MigrationScripts).Assembly, provider)
            .Select(script => new SqlScript(
                "building-blocks/" + script.FileName,
                script.Text.Replace(SchemaPlaceholder, schema.Name, StringComparison.Ordinal),
                new SqlScriptOptions { RunGroupOrder = BuildingBlocksRunGroup }));
        var module = Read(schema.ScriptsAssembly, provider)
            .Select(script => new SqlScript(
                "module/" + script.FileName,
                script.Text,
                new SqlScriptOptions { RunGroupOrder = ModuleRunGroup }));
        return buildingBlocks.Concat(module).ToList();
    }

    public static string FolderName(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "sqlite",
        DatabaseProvider.PostgreSql => "postgres",
        DatabaseProvider.SqlServer => "sqlserver",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Embedded scripts of one dialect, in file-name order (NNNN_name.sql).</summary>
    public static IEnumerable<(string FileName, string Text)> Read(Assembly assembly, DatabaseProvider provider)
    {
        var marker = $".Data.Scripts.{FolderName(provider)}.";
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(name => name.Contains(marker, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var fileName = resource[(resource.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
            yield return (fileName, reader.ReadToEnd());
        }
    }
}

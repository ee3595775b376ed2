using System.Reflection;
using System.Text.RegularExpressions;

namespace GovServices.BuildingBlocks.Data;

/// <summary>
/// A module's own database schema and the assembly that carries its migration scripts
/// (embedded resources under <c>Data/Scripts/&lt;dialect&gt;/NNNN_name.sql</c>).
/// </summary>
public sealed partial record ModuleSchema
{
    public ModuleSchema(string name, Assembly scriptsAssembly)
    {
        // The name is spliced into SQL text (schema-qualified table names), so it must be a plain identifier.
        if (!SchemaNamePattern().IsMatch(name))
            throw new ArgumentException($"Schema name '{name}' must be lower-case letters and underscores.", nameof(name));

        Name = name;
        ScriptsAssembly = scriptsAssembly;
    }

    public string Name { get; }

    public Assembly ScriptsAssembly { get; }

    [GeneratedRegex("^[a-z][a-z_]{1,40}$")]
    private static partial Regex SchemaNamePattern();
}

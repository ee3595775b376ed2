using System.Text.RegularExpressions;
using GovServices.BuildingBlocks.Modules;
using GovServices.Testing;
using GovServices.Testing.Modules;

namespace GovServices.ArchitectureTests;

/// <summary>
/// What a module needs besides its code, which no compiler asks for: a page under docs/, the same migrations for
/// every database, and its row in the README's module table (docs/extending.md).
/// </summary>
public sealed partial class ModuleTouchPointsTests
{
    private static readonly string[] Dialects = ["sqlite", "postgres", "sqlserver"];

    [TestCaseSource(typeof(HostModules), nameof(HostModules.All))]
    public void A_module_has_its_page_in_docs(HostModule module)
    {
        var page = $"docs/{KebabCase(module.Name)}.md";

        Assert.That(File.Exists(Repository.PathOf(page)), Is.True, $"{page} is missing");
    }

    [TestCaseSource(typeof(HostModules), nameof(HostModules.All))]
    public void A_module_has_the_same_migrations_for_every_database(HostModule module)
    {
        var scripts = Repository.PathOf($"src/Modules/{module.Name}/{module.Assembly.GetName().Name}/Data/Scripts");
        var byDialect = Dialects.ToDictionary(dialect => dialect, dialect => ScriptNames(Path.Combine(scripts, dialect)));
        // What the migration runner reads: the scripts embedded in the module's assembly.
        var embedded = Dialects.ToDictionary(dialect => dialect, dialect => module.Assembly.GetManifestResourceNames()
            .Where(name => name.Contains($".Data.Scripts.{dialect}.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => name[(name.IndexOf($".Data.Scripts.{dialect}.", StringComparison.Ordinal) + $".Data.Scripts.{dialect}.".Length)..])
            .Order(StringComparer.Ordinal)
            .ToList());

        using (Assert.EnterMultipleScope())
        {
            foreach (var dialect in Dialects)
            {
                Assert.That(byDialect[dialect], Is.EqualTo(byDialect["sqlite"]), $"{module.Name}: the {dialect} scripts differ from the sqlite ones");
                Assert.That(embedded[dialect], Is.EqualTo(byDialect[dialect]), $"{module.Name}: the {dialect} scripts are not all embedded");
            }
        }
    }

    [TestCaseSource(typeof(HostModules), nameof(HostModules.All))]
    public void A_module_has_its_row_in_the_readme(HostModule module)
    {
        Assert.That(ReadmeRows().Select(row => row[0]), Has.Some.EqualTo(module.Name).IgnoreCase, "README.md's module table has no row for it");
    }

    [TestCaseSource(typeof(HostModules), nameof(HostModules.All))]
    public void A_modules_descriptor_says_what_its_folder_and_its_readme_row_say(HostModule module)
    {
        var descriptor = (ModuleDescriptor)module.ModuleClass.GetProperty("Descriptor")!.GetValue(null)!;
        var row = ReadmeRows().FirstOrDefault(cells => string.Equals(cells[0], module.Name, StringComparison.OrdinalIgnoreCase));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(descriptor.Name, Is.EqualTo(module.Name), "the descriptor's name is the module's folder under src/Modules");
            Assert.That(row?[1], Is.EqualTo($"`{descriptor.Schema.Name}`"), "README's schema cell");
            Assert.That(row?[2], Does.Contain($"`{descriptor.ApiPath}`"), "README's API cell");
        }
    }

    /// <summary>The cells of each row of README's table headed "| Module |", trimmed.</summary>
    private static List<string[]> ReadmeRows() =>
        Repository.Read("README.md").Split('\n')
            .SkipWhile(line => !line.StartsWith("| Module |", StringComparison.OrdinalIgnoreCase))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|')[1..].Select(cell => cell.Trim()).ToArray())
            .ToList();

    private static List<string> ScriptNames(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.sql").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList()
            : [];

    private static string KebabCase(string name) => WordStart().Replace(name, "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}

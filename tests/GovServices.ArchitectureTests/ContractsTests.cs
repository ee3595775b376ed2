using System.Reflection;
using GovServices.Testing.Modules;

namespace GovServices.ArchitectureTests;

/// <summary>A module's .Contracts project is what other modules may see of it, so it must stand on its own.</summary>
public sealed class ContractsTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        HostModules.Contracts.Select(assembly => new TestCaseData(assembly).SetArgDisplayNames(assembly.GetName().Name!));

    [TestCaseSource(nameof(Cases))]
    public void Contracts_depend_on_nothing_of_ours_but_the_building_blocks(Assembly contracts)
    {
        var ours = contracts.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("GovServices.", StringComparison.Ordinal))
            .ToList();

        Assert.That(ours, Is.SubsetOf(new[] { "GovServices.BuildingBlocks" }));
    }
}

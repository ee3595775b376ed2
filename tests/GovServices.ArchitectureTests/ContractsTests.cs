using System.Reflection;

namespace GovServices.ArchitectureTests;

/// <summary>A module's .Contracts project is what other modules may see of it, so it must stand on its own.</summary>
public sealed class ContractsTests
{
    private static readonly Assembly[] ContractAssemblies =
    [
        typeof(GovServices.CivilRegistry.Contracts.Nik).Assembly,
        typeof(GovServices.Payments.Contracts.InvoicePaid).Assembly,
        typeof(GovServices.Complaints.Contracts.ComplaintStatusChanged).Assembly,
        typeof(GovServices.Identity.Contracts.PartnerApiKeyAccess).Assembly,
    ];

    public static IEnumerable<TestCaseData> Cases() =>
        ContractAssemblies.Select(assembly => new TestCaseData(assembly).SetArgDisplayNames(assembly.GetName().Name!));

    [TestCaseSource(nameof(Cases))]
    public void Contracts_depend_on_nothing_of_ours_but_the_building_blocks(Assembly contracts)
    {
        var ours = contracts.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("GovServices.", StringComparison.Ordinal))
            .ToList();

        Assert.That(ours, Is.SubsetOf(new[] { "GovServices.BuildingBlocks" }));
    }

    [Test]
    public void Every_contracts_project_of_the_host_is_checked_here()
    {
        var referencedByTheHost = typeof(Program).Assembly.GetReferencedAssemblies()
            .Concat(ModuleAssemblies.All.SelectMany(module => module.Assembly.GetReferencedAssemblies()))
            .Select(reference => reference.Name!)
            .Where(name => name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Distinct();

        Assert.That(referencedByTheHost, Is.SubsetOf(ContractAssemblies.Select(assembly => assembly.GetName().Name)));
    }
}

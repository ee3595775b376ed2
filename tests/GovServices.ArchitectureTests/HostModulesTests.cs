using GovServices.Testing;
using GovServices.Testing.Modules;

namespace GovServices.ArchitectureTests;

/// <summary>
/// The rules hold for the modules <see cref="HostModules"/> finds in the host's references: it must find every one,
/// or a module could escape them.
/// </summary>
public sealed class HostModulesTests
{
    private static readonly string ModulesDirectory = Repository.PathOf("src/Modules");

    [Test]
    public void The_host_references_a_module_for_every_folder_under_src_modules()
    {
        var folders = Directory.GetDirectories(ModulesDirectory).Select(Path.GetFileName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(HostModules.All.Select(module => module.Name), Is.EquivalentTo(folders));
            Assert.That(HostModules.All.Select(module => module.Name), Is.SupersetOf(new[]
            {
                "Audit", "Calendar", "CivilRegistry", "Complaints", "Identity", "Payments", "Permits",
            }));
        }
    }

    [Test]
    public void The_contracts_found_are_every_contracts_project_under_src_modules()
    {
        var projects = Directory.GetDirectories(ModulesDirectory)
            .SelectMany(module => Directory.GetDirectories(module, "*.Contracts"))
            .Select(Path.GetFileName);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(HostModules.Contracts.Select(assembly => assembly.GetName().Name), Is.EquivalentTo(projects));
            Assert.That(HostModules.Contracts, Is.Not.Empty);
        }
    }
}

using GovServices.Testing.Modules;
using NetArchTest.Rules;

namespace GovServices.ArchitectureTests;

/// <summary>What may depend on what, said in plain words, for every module the host composes (<see cref="HostModules"/>).</summary>
public sealed class ModuleBoundaryTests
{
    [TestCaseSource(typeof(HostModules), nameof(HostModules.All))]
    public void A_module_makes_only_its_module_class_public(HostModule module)
    {
        var publicTypes = Types.InAssembly(module.Assembly)
            .That().ArePublic()
            .GetTypes()
            .Where(type => type != module.ModuleClass)
            .Select(type => type.FullName);

        Assert.That(publicTypes, Is.Empty, "Make these internal sealed; other modules use .Contracts.");
    }

    [TestCaseSource(typeof(HostModules), nameof(HostModules.All))]
    public void A_module_does_not_depend_on_another_module_implementation(HostModule module)
    {
        var otherModules = ImplementationTypesOf(HostModules.All.Where(other => other != module));

        var result = Types.InAssembly(module.Assembly).ShouldNot().HaveDependencyOnAny(otherModules).GetResult();

        Assert.That(result.IsSuccessful, Is.True, () => $"{module.ModuleClass.Name}: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Test]
    public void The_dependency_rule_does_catch_a_dependency_on_a_module()
    {
        // The host composes every module, so it breaks the rule a module must keep: the rule has to say so.
        var result = Types.InAssembly(typeof(Program).Assembly).ShouldNot().HaveDependencyOnAny(ImplementationTypesOf(HostModules.All)).GetResult();

        Assert.That(result.IsSuccessful, Is.False);
    }

    [TestCaseSource(typeof(HostModules), nameof(HostModules.All))]
    public void A_module_references_no_other_module_assembly(HostModule module)
    {
        var implementationNames = HostModules.All.Select(other => other.Assembly.GetName().Name!).ToHashSet();

        var referenced = module.Assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(implementationNames.Contains);

        Assert.That(referenced, Is.Empty, $"{module.ModuleClass.Name} may reference other modules' .Contracts only.");
    }

    // Identity is the one module on EF Core (ADR 0006).
    public static IEnumerable<HostModule> ModulesWithoutEntityFramework() =>
        HostModules.All.Where(module => module.ModuleClass != typeof(GovServices.Identity.IdentityModule));

    [TestCaseSource(nameof(ModulesWithoutEntityFramework))]
    public void Only_the_identity_module_uses_entity_framework(HostModule module)
    {
        var result = Types.InAssembly(module.Assembly).ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult();

        Assert.That(result.IsSuccessful, Is.True, () => string.Join(", ", result.FailingTypeNames ?? []));
    }

    // The modules' own type names, not their root namespaces: NetArchTest matches by prefix, and the namespace
    // GovServices.CivilRegistry would also match GovServices.CivilRegistry.Contracts, which any module may use.
    // (Compiler-generated types outside the module's namespace are in every assembly and say nothing.)
    private static string[] ImplementationTypesOf(IEnumerable<HostModule> modules) =>
        modules
            .SelectMany(module => module.Assembly.GetTypes().Where(type => type.Namespace?.StartsWith(module.Assembly.GetName().Name!, StringComparison.Ordinal) == true))
            .Select(type => type.FullName!)
            .ToArray();

    [Test]
    public void The_building_blocks_know_no_module()
    {
        var modules = HostModules.All.Select(module => module.Assembly.GetName().Name!).ToArray();

        var result = Types.InAssembly(typeof(GovServices.BuildingBlocks.Data.IDbConnectionFactory).Assembly)
            .ShouldNot().HaveDependencyOnAny(modules)
            .GetResult();

        Assert.That(result.IsSuccessful, Is.True, () => string.Join(", ", result.FailingTypeNames ?? []));
    }
}

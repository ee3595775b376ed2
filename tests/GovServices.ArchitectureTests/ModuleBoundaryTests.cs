using System.Reflection;
using NetArchTest.Rules;

namespace GovServices.ArchitectureTests;

/// <summary>What may depend on what, said in plain words.</summary>
public sealed class ModuleBoundaryTests
{
    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.Cases))]
    public void A_module_makes_only_its_module_class_public(Assembly module, Type moduleClass)
    {
        var publicTypes = Types.InAssembly(module)
            .That().ArePublic()
            .GetTypes()
            .Where(type => type != moduleClass)
            .Select(type => type.FullName);

        Assert.That(publicTypes, Is.Empty, "Make these internal sealed; other modules use .Contracts.");
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.Cases))]
    public void A_module_does_not_depend_on_another_module_implementation(Assembly module, Type moduleClass)
    {
        // The modules' own type names, not their root namespaces: NetArchTest matches by prefix, and the namespace
        // GovServices.CivilRegistry would also match GovServices.CivilRegistry.Contracts, which any module may use.
        // (Compiler-generated types outside the module's namespace are in every assembly and say nothing.)
        var otherModules = ModuleAssemblies.All
            .Where(other => other.Assembly != module)
            .SelectMany(other => other.Assembly.GetTypes().Where(type => type.Namespace?.StartsWith(ModuleAssemblies.NameOf(other.Assembly), StringComparison.Ordinal) == true))
            .Select(type => type.FullName!)
            .ToArray();

        var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(otherModules).GetResult();

        Assert.That(result.IsSuccessful, Is.True, () => $"{moduleClass.Name}: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [TestCaseSource(typeof(ModuleAssemblies), nameof(ModuleAssemblies.Cases))]
    public void A_module_references_no_other_module_assembly(Assembly module, Type moduleClass)
    {
        var implementationNames = ModuleAssemblies.All.Select(other => ModuleAssemblies.NameOf(other.Assembly)).ToHashSet();

        var referenced = module.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(implementationNames.Contains);

        Assert.That(referenced, Is.Empty, $"{moduleClass.Name} may reference other modules' .Contracts only.");
    }

    // Identity is the one module on EF Core (ADR 0006).
    public static IEnumerable<TestCaseData> ModulesWithoutEntityFramework() =>
        ModuleAssemblies.Cases().Where(testCase => (Type)testCase.Arguments[1]! != typeof(GovServices.Identity.IdentityModule));

    [TestCaseSource(nameof(ModulesWithoutEntityFramework))]
    public void Only_the_identity_module_uses_entity_framework(Assembly module, Type moduleClass)
    {
        var result = Types.InAssembly(module).ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult();

        Assert.That(result.IsSuccessful, Is.True, () => string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Test]
    public void The_building_blocks_know_no_module()
    {
        var modules = ModuleAssemblies.All.Select(module => ModuleAssemblies.NameOf(module.Assembly)).ToArray();

        var result = Types.InAssembly(typeof(GovServices.BuildingBlocks.Data.IDbConnectionFactory).Assembly)
            .ShouldNot().HaveDependencyOnAny(modules)
            .GetResult();

        Assert.That(result.IsSuccessful, Is.True, () => string.Join(", ", result.FailingTypeNames ?? []));
    }
}

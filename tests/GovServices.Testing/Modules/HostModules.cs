using System.Reflection;

namespace GovServices.Testing.Modules;

/// <summary>
/// The modules and contracts the host is built from, found in the assemblies it references rather than listed by
/// hand, so that a module added to the host is held to every rule the tests apply to modules.
/// </summary>
public static class HostModules
{
    private const string Prefix = "GovServices.";
    private const string ContractsSuffix = ".Contracts";
    private const string BuildingBlocks = "GovServices.BuildingBlocks";

    /// <summary>Every module the host references, in name order.</summary>
    public static IReadOnlyList<HostModule> All { get; } = FindModules();

    /// <summary>Every <c>.Contracts</c> assembly the host or one of its modules references, in name order.</summary>
    public static IReadOnlyList<Assembly> Contracts { get; } = FindContracts();

    /// <summary>The building blocks and every module: the assemblies that carry the application's SQL and migrations.</summary>
    public static IReadOnlyList<Assembly> WithBuildingBlocks { get; } =
        [Assembly.Load(BuildingBlocks), .. All.Select(module => module.Assembly)];

    private static List<HostModule> FindModules() =>
        OursReferencedBy(typeof(Program).Assembly)
            .Where(name => name != BuildingBlocks && !name.EndsWith(ContractsSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                var assembly = Assembly.Load(name);
                var moduleName = name[Prefix.Length..];
                // The one public type of a module is named after it: GovServices.Permits.PermitsModule.
                var moduleClass = assembly.GetType($"{name}.{moduleName}Module")
                    ?? throw new InvalidOperationException($"{name} has no module class {name}.{moduleName}Module.");
                return new HostModule(moduleName, assembly, moduleClass);
            })
            .ToList();

    private static List<Assembly> FindContracts() =>
        OursReferencedBy(typeof(Program).Assembly)
            .Concat(All.SelectMany(module => OursReferencedBy(module.Assembly)))
            .Where(name => name.EndsWith(ContractsSuffix, StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(Assembly.Load)
            .ToList();

    private static IEnumerable<string> OursReferencedBy(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal));
}

using System.Reflection;

namespace GovServices.Testing.Modules;

/// <summary>One module the host composes: its name (the folder under <c>src/Modules</c>), its assembly and its module class.</summary>
public sealed record HostModule(string Name, Assembly Assembly, Type ModuleClass)
{
    public override string ToString() => Name;
}

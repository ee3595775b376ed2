using GovServices.BuildingBlocks.Modules;

namespace GovServices.BuildingBlocks.Security;

/// <summary>
/// Every API scope of this instance: each registered module's (<see cref="ModuleDescriptor.Scopes"/>), in the order
/// the modules were added, then the platform's (<see cref="Scopes"/>). Which a person or a demo client receives comes
/// from the same declarations.
/// </summary>
public sealed class ApiScopeCatalogue
{
    private readonly IReadOnlyList<ModuleDescriptor> _modules;
    private readonly HashSet<string> _names;

    public ApiScopeCatalogue(IEnumerable<ModuleDescriptor> modules)
    {
        _modules = [.. modules];
        All = [.. _modules.SelectMany(module => module.Scopes), .. Scopes.Platform];
        _names = All.Select(scope => scope.Name).ToHashSet(StringComparer.Ordinal);
        if (_names.Count != All.Count)
            throw new InvalidOperationException("Two modules declare the same scope: " + string.Join(", ", All.GroupBy(scope => scope.Name).Where(group => group.Count() > 1).Select(group => group.Key)));
    }

    public IReadOnlyList<ApiScope> All { get; }

    public IEnumerable<string> Names => All.Select(scope => scope.Name);

    public bool Contains(string scope) => _names.Contains(scope);

    /// <summary>The API scopes one of <paramref name="roles"/> grants a person.</summary>
    public IEnumerable<string> GrantedTo(IEnumerable<string> roles)
    {
        var roleSet = roles.ToHashSet(StringComparer.Ordinal);
        return _modules.Select(module => module.ScopesByRole)
            .Append(Scopes.PlatformByRole)
            .SelectMany(grants => grants.Where(grant => roleSet.Contains(grant.Key)).SelectMany(grant => grant.Value))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>The module scopes a demo client is allowed; the platform's are Identity's to give.</summary>
    public IEnumerable<string> DemoScopesOf(string clientId) =>
        _modules.SelectMany(module => module.ScopesByDemoClient.TryGetValue(clientId, out var scopes) ? scopes : []);
}

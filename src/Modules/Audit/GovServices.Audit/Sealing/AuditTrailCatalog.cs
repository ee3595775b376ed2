using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Audit.Sealing;

/// <summary>
/// Every audited table, by module: the <c>audit_log</c> of each registered module schema (so a module that lands
/// later is covered without a change here) and the tables modules declared themselves.
/// </summary>
internal sealed class AuditTrailCatalog
{
    private readonly Dictionary<string, IReadOnlyList<AuditedTable>> _byModule;

    public AuditTrailCatalog(IEnumerable<ModuleSchema> schemas, IEnumerable<AuditedTable> declared)
    {
        var modules = schemas.Select(schema => schema.Name).Distinct(StringComparer.Ordinal).ToList();
        var declaredTables = declared.ToList();
        var unknown = declaredTables.FirstOrDefault(table => !modules.Contains(table.Schema));
        if (unknown is not null)
            throw new InvalidOperationException($"The audited table {unknown.Schema}.{unknown.Table} is not in a registered module schema.");

        _byModule = modules.ToDictionary(
            module => module,
            module => (IReadOnlyList<AuditedTable>)[AuditedTable.AuditLog(module), .. declaredTables.Where(table => table.Schema == module)],
            StringComparer.Ordinal);
        Modules = modules;
    }

    /// <summary>The module schemas, each with its own hash chain.</summary>
    public IReadOnlyList<string> Modules { get; }

    public IEnumerable<AuditedTable> All => Modules.SelectMany(module => _byModule[module]);

    public bool Contains(string module) => _byModule.ContainsKey(module);

    public IReadOnlyList<AuditedTable> TablesOf(string module) => _byModule[module];
}

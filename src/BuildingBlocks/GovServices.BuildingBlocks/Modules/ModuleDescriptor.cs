using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;

namespace GovServices.BuildingBlocks.Modules;

/// <summary>
/// What a module declares to the host and to the other building blocks, in one place: its schema, its API path,
/// its OAuth scopes and which roles and demo clients receive them, its rate-limit policies and the tables of its
/// own that join its audit trail. A module builds one in its <c>Add…Module</c> and registers it with
/// <see cref="ModuleServiceCollectionExtensions.AddModule"/>; Identity, the OpenAPI document, the rate limiter and
/// the audit trail read every registered descriptor, so none of them names a module.
/// </summary>
public sealed record ModuleDescriptor(string Name, ModuleSchema Schema, string ApiPath)
{
    /// <summary>The module's scopes, in the order the OpenAPI document and consent screens list them.</summary>
    public IReadOnlyList<ApiScope> Scopes { get; init; } = [];

    /// <summary>Which of <see cref="Scopes"/> a person may receive, by role (<see cref="Roles"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ScopesByRole { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Which of <see cref="Scopes"/> each demo client of a development instance is allowed, by client id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ScopesByDemoClient { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Named rate-limit policies the module's endpoints ask for with <c>.RequireRateLimiting(name)</c>.</summary>
    public IReadOnlyList<RateLimitPolicy> RateLimitPolicies { get; init; } = [];

    /// <summary>Tables of the module's own sealed into its audit chain besides <c>audit_log</c>.</summary>
    public IReadOnlyList<AuditedTable> AuditedTables { get; init; } = [];
}

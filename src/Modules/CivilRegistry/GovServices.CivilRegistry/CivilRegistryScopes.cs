using GovServices.BuildingBlocks.Security;

namespace GovServices.CivilRegistry;

/// <summary>The civil registry module's OAuth scopes, declared to the host in <see cref="CivilRegistryModule.Descriptor"/>.</summary>
internal static class CivilRegistryScopes
{
    public const string Verify = "registry.verify";
    public const string Read = "registry.read";
    public const string Import = "registry.import";

    public static readonly IReadOnlyList<ApiScope> All =
    [
        new(Verify, "Verify a resident's identity (match or no match)"),
        new(Read, "Read resident records for a stated purpose"),
        new(Import, "Import resident records"),
    ];

    /// <summary>Which of them a person receives, by role.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [Roles.Officer] = [Verify, Read],
    };

    /// <summary>Which of them each demo client of a development instance is allowed (README, "Demo accounts").</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByDemoClient = new Dictionary<string, IReadOnlyList<string>>
    {
        ["partner-app"] = [Verify],
        ["opd-system"] = [Read, Import],
    };
}

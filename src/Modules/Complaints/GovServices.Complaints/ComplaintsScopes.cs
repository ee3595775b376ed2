using GovServices.BuildingBlocks.Security;

namespace GovServices.Complaints;

/// <summary>The Complaints module's OAuth scopes, declared to the host in <see cref="ComplaintsModule.Descriptor"/>.</summary>
internal static class ComplaintsScopes
{
    public const string Submit = "complaints.submit";
    public const string Read = "complaints.read";
    public const string Manage = "complaints.manage";

    public static readonly IReadOnlyList<ApiScope> All =
    [
        new(Submit, "File complaints, for oneself or on behalf of a reporter"),
        new(Read, "Read complaints one may see"),
        new(Manage, "Verify, route, answer and close complaints"),
    ];

    /// <summary>Which of them a person receives, by role.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [Roles.Citizen] = [Submit, Read],
        [Roles.Officer] = [Read, Manage],
        [Roles.Coordinator] = [Read, Manage],
        [Roles.Auditor] = [Read],
        [Roles.Admin] = [Manage],
    };

    /// <summary>Which of them each demo client of a development instance is allowed (README, "Demo accounts").</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByDemoClient = new Dictionary<string, IReadOnlyList<string>>
    {
        ["partner-app"] = [Submit, Read],
        ["opd-system"] = [Read, Manage],
    };
}

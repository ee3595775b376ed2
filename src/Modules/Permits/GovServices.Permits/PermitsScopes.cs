using GovServices.BuildingBlocks.Security;

namespace GovServices.Permits;

/// <summary>The Permits module's OAuth scopes, declared to the host in <see cref="PermitsModule.Descriptor"/>.</summary>
internal static class PermitsScopes
{
    public const string Apply = "permits.apply";
    public const string Review = "permits.review";

    public static readonly IReadOnlyList<ApiScope> All =
    [
        new(Apply, "Apply for permits and follow one's applications"),
        new(Review, "Review, approve or reject permit applications"),
    ];

    /// <summary>Which of them a person receives, by role.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [Roles.Citizen] = [Apply],
        [Roles.Officer] = [Review],
        [Roles.Coordinator] = [Review],
    };

    /// <summary>Which of them each demo client of a development instance is allowed (README, "Demo accounts").</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByDemoClient = new Dictionary<string, IReadOnlyList<string>>
    {
        ["partner-app"] = [Apply],
        ["opd-system"] = [Review],
    };
}

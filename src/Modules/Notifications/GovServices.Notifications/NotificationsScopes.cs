using GovServices.BuildingBlocks.Security;

namespace GovServices.Notifications;

/// <summary>The Notifications module's OAuth scopes, declared to the host in <see cref="NotificationsModule.Descriptor"/>.</summary>
internal static class NotificationsScopes
{
    public const string Manage = "notifications.manage";

    /// <summary>A signed-in person's own inbox and preferences (issue 15).</summary>
    public const string Me = "notifications.me";

    /// <summary>Staff see which messages were sent about a record they may read, and how each went (issue 15).</summary>
    public const string Read = "notifications.read";

    public static readonly IReadOnlyList<ApiScope> All =
    [
        new(Manage, "Subscribe webhook endpoints to the city's events and read their delivery log"),
        new(Me, "Read your own notifications and choose how you receive them"),
        new(Read, "See which messages were sent about a complaint or permit application you may read, and their delivery status"),
    ];

    /// <summary>
    /// Which of them a person receives, by role: everyone reads their own inbox; an officer registers their OPD's back-office system (the subscription
    /// is bound to the officer's OPD), an admin manages every subscription; staff see the delivery statuses of the
    /// records they may read.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [Roles.Citizen] = [Me],
        [Roles.Officer] = [Manage, Me, Read],
        [Roles.Coordinator] = [Me, Read],
        [Roles.Admin] = [Manage, Me, Read],
    };

    /// <summary>Which of them each demo client of a development instance is allowed (README, "Demo accounts").</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByDemoClient = new Dictionary<string, IReadOnlyList<string>>
    {
        ["partner-app"] = [Manage],
        ["opd-system"] = [Manage],
    };
}

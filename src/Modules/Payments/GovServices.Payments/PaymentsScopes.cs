using GovServices.BuildingBlocks.Security;

namespace GovServices.Payments;

/// <summary>The Payments module's OAuth scopes, declared to the host in <see cref="PaymentsModule.Descriptor"/>.</summary>
internal static class PaymentsScopes
{
    public const string Read = "payments.read";
    public const string Channel = "payments.channel";
    public const string Manage = "payments.manage";

    public static readonly IReadOnlyList<ApiScope> All =
    [
        new(Read, "Read invoices and receipts one may see"),
        new(Channel, "Bank channel: inquire and notify payments"),
        new(Manage, "Create, cancel and refund invoices; reconcile"),
    ];

    /// <summary>Which of them a person receives, by role.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [Roles.Citizen] = [Read],
        [Roles.Officer] = [Read, Manage],
        [Roles.Coordinator] = [Read],
        [Roles.Auditor] = [Read],
    };

    /// <summary>Which of them each demo client of a development instance is allowed (README, "Demo accounts").</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByDemoClient = new Dictionary<string, IReadOnlyList<string>>
    {
        ["partner-app"] = [Read],
        ["opd-system"] = [Manage],
        ["bank-channel"] = [Channel],
    };
}

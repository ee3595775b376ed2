namespace GovServices.BuildingBlocks.Security;

/// <summary>
/// The API's OAuth scopes, one per capability. A client is allowed a set of them; a token carries those it asked
/// for; an endpoint requires one.
/// </summary>
public static class Scopes
{
    public const string ComplaintsSubmit = "complaints.submit";
    public const string ComplaintsRead = "complaints.read";
    public const string ComplaintsManage = "complaints.manage";
    public const string PermitsApply = "permits.apply";
    public const string PermitsReview = "permits.review";
    public const string RegistryVerify = "registry.verify";
    public const string RegistryRead = "registry.read";
    public const string RegistryImport = "registry.import";
    public const string PaymentsRead = "payments.read";
    public const string PaymentsChannel = "payments.channel";
    public const string PaymentsManage = "payments.manage";
    public const string AuditRead = "audit.read";
    public const string IdentityAdmin = "identity.admin";

    /// <summary>Every API scope with what it allows, for discovery, consent and the OpenAPI document.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [ComplaintsSubmit] = "File complaints, for oneself or on behalf of a reporter",
        [ComplaintsRead] = "Read complaints one may see",
        [ComplaintsManage] = "Verify, route, answer and close complaints",
        [PermitsApply] = "Apply for permits and follow one's applications",
        [PermitsReview] = "Review, approve or reject permit applications",
        [RegistryVerify] = "Verify a resident's identity (match or no match)",
        [RegistryRead] = "Read resident records for a stated purpose",
        [RegistryImport] = "Import resident records",
        [PaymentsRead] = "Read invoices and receipts one may see",
        [PaymentsChannel] = "Bank channel: inquire and notify payments",
        [PaymentsManage] = "Create, cancel and refund invoices; reconcile",
        [AuditRead] = "Search, verify and export audit trails",
        [IdentityAdmin] = "Manage clients and users",
    };
}

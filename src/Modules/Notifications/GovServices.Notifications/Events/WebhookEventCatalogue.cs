using GovServices.CivilRegistry.Contracts;
using GovServices.Complaints.Contracts;
using GovServices.Payments.Contracts;
using GovServices.Permits.Contracts;

namespace GovServices.Notifications.Events;

/// <summary>
/// Every event a webhook can carry, in one place: adding one is a line here and its handler interface on
/// <see cref="WebhookFanOut"/>. The list endpoint and the OpenAPI <c>webhooks</c> section read it too.
/// </summary>
internal static class WebhookEventCatalogue
{
    public const string EndpointDisabled = "webhook_endpoint.disabled";
    public const string Test = "webhook.test";

    public static readonly IReadOnlyList<WebhookEventType> All =
    [
        WebhookEventType.For<ComplaintStatusChanged, ComplaintStatusChangedData>(
            "complaint.status_changed",
            "A complaint was filed or moved to another status.",
            e => new ComplaintStatusChangedData(e.ComplaintId, e.TrackingCode, e.FromStatus, e.ToStatus, e.Category, e.Opd),
            e => e.OccurredAt),
        WebhookEventType.For<ComplaintCommented, ComplaintCommentedData>(
            "complaint.commented",
            "A comment the reporter can read was added to a complaint (internal notes never are).",
            e => new ComplaintCommentedData(e.ComplaintId, e.TrackingCode, e.CommentId, e.AuthorKind),
            e => e.OccurredAt),
        WebhookEventType.For<PermitApplicationStatusChanged, PermitApplicationStatusChangedData>(
            "permit_application.status_changed",
            "A permit application took a step: submitted, under review, revision requested, approved, rejected, fee assessed, paid, issued, withdrawn, revoked.",
            e => new PermitApplicationStatusChangedData(e.ApplicationId, e.ApplicationNumber, e.PermitType, e.FromStatus, e.ToStatus, e.PermitNumber),
            e => e.OccurredAt),
        WebhookEventType.For<InvoiceIssued, InvoiceIssuedData>(
            "invoice.issued",
            "An invoice was issued and its payment code can be paid.",
            e => new InvoiceIssuedData(e.InvoiceId, e.SourceModule, e.SourceReference, e.Amount, e.ExpiresAt),
            e => e.IssuedAt),
        WebhookEventType.For<InvoicePaid, InvoicePaidData>(
            "invoice.paid",
            "An invoice was paid in full at the bank.",
            e => new InvoicePaidData(e.InvoiceId, e.SourceModule, e.SourceReference, e.Amount, e.PaidAt, e.ReceiptNumber),
            e => e.PaidAt),
        WebhookEventType.For<InvoiceExpired, InvoiceExpiredData>(
            "invoice.expired",
            "An invoice passed its expiry unpaid.",
            e => new InvoiceExpiredData(e.InvoiceId, e.SourceModule, e.SourceReference, e.ExpiredAt),
            e => e.ExpiredAt),
        WebhookEventType.For<InvoiceCancelled, InvoiceCancelledData>(
            "invoice.cancelled",
            "An officer cancelled a pending invoice.",
            e => new InvoiceCancelledData(e.InvoiceId, e.SourceModule, e.SourceReference, e.CancelledAt),
            e => e.CancelledAt),
        WebhookEventType.For<RefundIssued, RefundIssuedData>(
            "refund.issued",
            "A refund was issued to the payer of an invoice.",
            e => new RefundIssuedData(e.RefundId, e.InvoiceId, e.SourceModule, e.SourceReference, e.Amount, e.DoublePayment, e.InvoiceFullyRefunded),
            e => e.IssuedAt),
        WebhookEventType.For<ResidentImportCompleted, ResidentImportCompletedData>(
            "resident_import.completed",
            "A resident import the client started finished (completed or failed), with its counts.",
            e => new ResidentImportCompletedData(e.ImportId, e.Status, e.RowsRead, e.RowsInserted, e.RowsUpdated, e.RowsRejected),
            e => e.CompletedAt),
        WebhookEventType.Own<WebhookEndpointDisabledData>(
            EndpointDisabled,
            "One of your endpoints was disabled by the service: it answered 410 Gone, or failed for 3 days."),
        WebhookEventType.Own<WebhookTestData>(
            Test,
            "A ping sent with POST …/webhooks/{id}/test; always delivered to the endpoint pinged, whatever it subscribes to."),
    ];

    private static readonly Dictionary<string, WebhookEventType> ByName = All.ToDictionary(type => type.Name, StringComparer.Ordinal);

    private static readonly Dictionary<Type, WebhookEventType> ByContract = All
        .Where(type => type.ContractType is not null)
        .ToDictionary(type => type.ContractType!);

    /// <summary>The names an endpoint may subscribe to (every one but the ping).</summary>
    public static IReadOnlyList<string> Subscribable { get; } = [.. All.Where(type => type.Name != Test).Select(type => type.Name)];

    public static bool IsSubscribable(string name) => ByName.ContainsKey(name) && name != Test;

    public static WebhookEventType Named(string name) => ByName[name];

    public static WebhookEventType For<TEvent>() => ByContract[typeof(TEvent)];
}

namespace GovServices.Notifications.Events;

// The `data` of each catalogued event: ids, numbers, codes, statuses, amounts and times — never names, NIKs,
// contacts or free text (issue 14, item 3). The receiver fetches details through the API, which audits the read.

/// <summary>The <c>data</c> of <c>complaint.commented</c>: the comment's text is read through the API.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="TrackingCode">Its public tracking code.</param>
/// <param name="CommentId">The comment.</param>
/// <param name="AuthorKind"><c>staff</c> or <c>reporter</c>.</param>
internal sealed record ComplaintCommentedData(Guid ComplaintId, string TrackingCode, Guid CommentId, string AuthorKind);

/// <summary>The <c>data</c> of <c>permit_application.status_changed</c>.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="ApplicationNumber">Its number.</param>
/// <param name="PermitType">The permit type's code.</param>
/// <param name="FromStatus">The status it left; null when it had none.</param>
/// <param name="ToStatus">The status it reached (<c>revoked</c> for a revoked permit).</param>
/// <param name="PermitNumber">The permit's number when the step issued or revoked it.</param>
internal sealed record PermitApplicationStatusChangedData(Guid ApplicationId, string ApplicationNumber, string PermitType, string? FromStatus, string ToStatus, string? PermitNumber);

/// <summary>The <c>data</c> of <c>invoice.issued</c>.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="SourceModule">The module that asked for it (<c>permits</c>).</param>
/// <param name="SourceReference">That module's record (the application id).</param>
/// <param name="Amount">Whole rupiah to pay.</param>
/// <param name="ExpiresAt">When its payment code stops being payable (UTC).</param>
internal sealed record InvoiceIssuedData(Guid InvoiceId, string SourceModule, string SourceReference, long Amount, DateTimeOffset ExpiresAt);

/// <summary>The <c>data</c> of <c>invoice.paid</c>.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="SourceModule">The module that asked for it.</param>
/// <param name="SourceReference">That module's record.</param>
/// <param name="Amount">Whole rupiah paid.</param>
/// <param name="PaidAt">When the bank took the payment (UTC).</param>
/// <param name="ReceiptNumber">The receipt's number.</param>
internal sealed record InvoicePaidData(Guid InvoiceId, string SourceModule, string SourceReference, long Amount, DateTimeOffset PaidAt, string ReceiptNumber);

/// <summary>The <c>data</c> of <c>invoice.expired</c>.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="SourceModule">The module that asked for it.</param>
/// <param name="SourceReference">That module's record.</param>
/// <param name="ExpiredAt">Its expiry (UTC).</param>
internal sealed record InvoiceExpiredData(Guid InvoiceId, string SourceModule, string SourceReference, DateTimeOffset ExpiredAt);

/// <summary>The <c>data</c> of <c>invoice.cancelled</c>.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="SourceModule">The module that asked for it.</param>
/// <param name="SourceReference">That module's record.</param>
/// <param name="CancelledAt">When it was cancelled (UTC).</param>
internal sealed record InvoiceCancelledData(Guid InvoiceId, string SourceModule, string SourceReference, DateTimeOffset CancelledAt);

/// <summary>The <c>data</c> of <c>refund.issued</c>.</summary>
/// <param name="RefundId">The refund.</param>
/// <param name="InvoiceId">The invoice whose payment was refunded.</param>
/// <param name="SourceModule">The module that asked for the invoice.</param>
/// <param name="SourceReference">That module's record.</param>
/// <param name="Amount">Whole rupiah refunded.</param>
/// <param name="DoublePayment">True when a double payment was refunded.</param>
/// <param name="InvoiceFullyRefunded">True when the invoice's own payment is now refunded in full.</param>
internal sealed record RefundIssuedData(Guid RefundId, Guid InvoiceId, string SourceModule, string SourceReference, long Amount, bool DoublePayment, bool InvoiceFullyRefunded);

/// <summary>The <c>data</c> of <c>resident_import.completed</c>: counts only.</summary>
/// <param name="ImportId">The import.</param>
/// <param name="Status"><c>completed</c> or <c>failed</c>.</param>
/// <param name="RowsRead">Rows read.</param>
/// <param name="RowsInserted">Residents added.</param>
/// <param name="RowsUpdated">Residents changed.</param>
/// <param name="RowsRejected">Rows refused.</param>
internal sealed record ResidentImportCompletedData(Guid ImportId, string Status, long RowsRead, long RowsInserted, long RowsUpdated, long RowsRejected);

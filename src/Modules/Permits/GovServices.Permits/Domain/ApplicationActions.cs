namespace GovServices.Permits.Domain;

/// <summary>The steps of an application's lifecycle, as recorded in its history.</summary>
internal static class ApplicationActions
{
    public const string Create = "create";
    public const string Submit = "submit";
    public const string Withdraw = "withdraw";
    public const string StartReview = "start_review";
    public const string RequestRevision = "request_revision";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string AssessFee = "assess_fee";
    public const string RecordPayment = "record_payment";

    /// <summary>The invoice expired unpaid (Payments' <c>InvoiceExpired</c>): the application waits for a new one.</summary>
    public const string ExpireInvoice = "expire_invoice";

    /// <summary>An officer of the issuing OPD issues a new invoice for the same fee after the last one expired.</summary>
    public const string ReissueInvoice = "reissue_invoice";

    /// <summary>The applicant asks for a new invoice for the same fee after the last one expired.</summary>
    public const string RequestNewInvoice = "request_new_invoice";
    public const string Issue = "issue";
}

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
    public const string Issue = "issue";
}

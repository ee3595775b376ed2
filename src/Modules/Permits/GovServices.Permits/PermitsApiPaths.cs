namespace GovServices.Permits;

/// <summary>The module's routes, relative to <see cref="Group"/>.</summary>
internal static class PermitsApiPaths
{
    public const string Group = "/api/v1/permits";
    public const string Types = "/types";
    public const string Type = "/types/{code}";
    public const string Applications = "/applications";
    public const string Application = "/applications/{id:guid}";
    public const string Documents = "/applications/{id:guid}/documents";
    public const string Document = "/applications/{id:guid}/documents/{documentId:guid}";
    public const string Submit = "/applications/{id:guid}/submit";
    public const string Withdraw = "/applications/{id:guid}/withdraw";
    public const string StartReview = "/applications/{id:guid}/start-review";
    public const string RequestRevision = "/applications/{id:guid}/request-revision";
    public const string Approve = "/applications/{id:guid}/approve";
    public const string Reject = "/applications/{id:guid}/reject";
    public const string AssessFee = "/applications/{id:guid}/assess-fee";
    public const string ReissueInvoice = "/applications/{id:guid}/reissue-invoice";
    public const string RequestNewInvoice = "/applications/{id:guid}/request-new-invoice";

    public static string TypeLocation(string code) => $"{Group}/types/{code}";

    public static string ApplicationLocation(Guid id) => $"{Group}/applications/{id}";

    public static string DocumentLocation(Guid id, Guid documentId) => $"{Group}/applications/{id}/documents/{documentId}";
}

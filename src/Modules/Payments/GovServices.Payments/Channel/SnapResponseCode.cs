using System.Globalization;

namespace GovServices.Payments.Channel;

/// <summary>
/// A SNAP response code: HTTP status (3 digits), service code (2: 24 inquiry, 25 payment), case code (2). The codes
/// this API answers are listed in docs/payments.md.
/// </summary>
internal sealed record SnapResponseCode(int HttpStatus, string CaseCode, string Message)
{
    public const string InquiryService = "24";
    public const string PaymentService = "25";

    public static readonly SnapResponseCode Successful = new(200, "00", "Successful");
    public static readonly SnapResponseCode InvalidFieldFormat = new(400, "01", "Invalid Field Format");
    public static readonly SnapResponseCode InvalidMandatoryField = new(400, "02", "Invalid Mandatory Field");
    public static readonly SnapResponseCode Unauthorized = new(401, "00", "Unauthorized");
    public static readonly SnapResponseCode BillNotFound = new(404, "12", "Invalid Bill/Virtual Account [Not Found]");
    public static readonly SnapResponseCode InvalidAmount = new(404, "13", "Invalid Amount");
    public static readonly SnapResponseCode PaidBill = new(404, "14", "Paid Bill");
    public static readonly SnapResponseCode BillExpired = new(404, "19", "Invalid Bill/Virtual Account [Expired]");
    public static readonly SnapResponseCode BillCancelled = new(404, "19", "Invalid Bill/Virtual Account [Cancelled]");
    public static readonly SnapResponseCode Conflict = new(409, "00", "Conflict");

    /// <summary>The seven-digit code for a service: <c>4042512</c>.</summary>
    public string For(string service) =>
        string.Create(CultureInfo.InvariantCulture, $"{HttpStatus}{service}{CaseCode}");

    public SnapResponseCode With(string detail) => this with { Message = $"{Message} [{detail}]" };
}

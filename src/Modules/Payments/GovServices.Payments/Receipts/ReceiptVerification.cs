using System.Text.Json.Serialization;

namespace GovServices.Payments.Receipts;

/// <summary>What anyone holding a receipt's verification code learns: whether it is genuine and stands, and little else; an unknown code answers only <c>valid: false</c>.</summary>
/// <param name="Valid">True when the code belongs to a receipt this city issued and its payment stands (paid or partially refunded).</param>
/// <param name="Status">paid, partially_refunded or refunded; absent for an unknown code.</param>
/// <param name="ReceiptNumber">The receipt number, to compare with the paper.</param>
/// <param name="Amount">Whole rupiah paid.</param>
/// <param name="PaidAt">When it was paid.</param>
/// <param name="PayerName">The payer's name, masked to the first letter of each word.</param>
internal sealed record ReceiptVerification(
    bool Valid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReceiptNumber = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Amount = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? PaidAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PayerName = null);

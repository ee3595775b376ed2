namespace GovServices.Payments.Reconciliation;

/// <summary>One payment the bank settled, as read from its daily settlement file.</summary>
internal sealed record SettlementRow(long Row, string BankReference, string VirtualAccountNo, long Amount, DateTimeOffset PaidAt);

/// <summary>One problem in a settlement file: the CSV row (the header is row 1), the column at fault if any, and why.</summary>
/// <param name="Row">The row number; 1 is the header.</param>
/// <param name="Field">The column, when one is at fault.</param>
/// <param name="Message">What is wrong, and how to fix it.</param>
internal sealed record SettlementRowError(long Row, string? Field, string Message);

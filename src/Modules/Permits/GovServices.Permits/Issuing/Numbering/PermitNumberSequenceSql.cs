namespace GovServices.Permits.Issuing.Numbering;

/// <summary>
/// The per-type yearly counters. The increment is an UPDATE inside the issuing transaction: it locks the counter row
/// until commit, so concurrent issuers of one type take turns, and a rollback gives the number back.
/// </summary>
internal static class PermitNumberSequenceSql
{
    public const string Table = "permits.permit_number_sequence";

    public static readonly string[] Columns = ["permit_type_code", "year", "last_value"];

    public static readonly string[] Key = ["permit_type_code", "year"];

    public const string Increment = """
        UPDATE permits.permit_number_sequence
        SET last_value = last_value + 1
        WHERE permit_type_code = @permit_type_code
          AND year = @year
        """;

    public const string SelectLastValue = """
        SELECT last_value
        FROM permits.permit_number_sequence
        WHERE permit_type_code = @permit_type_code
          AND year = @year
        """;

    /// <summary>Only while the caller still holds the row lock taken by <see cref="Increment"/>: the number was the last one drawn.</summary>
    public const string GiveBack = """
        UPDATE permits.permit_number_sequence
        SET last_value = last_value - 1
        WHERE permit_type_code = @permit_type_code
          AND year = @year
        """;
}

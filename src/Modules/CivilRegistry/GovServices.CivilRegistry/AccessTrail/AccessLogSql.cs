using GovServices.BuildingBlocks.Data;

namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>The access trail's one insert, and its reads: newest first, one page at a time.</summary>
internal static class AccessLogSql
{
    public const string Insert =
        """
        INSERT INTO civil_registry.access_log (id, occurred_at, client_id, user_id, user_opd, action, nik, purpose, result, trace_id)
        VALUES (@Id, @OccurredAt, @ClientId, @UserId, @UserOpd, @Action, @Nik, @Purpose, @Result, @TraceId)
        """;

    /// <summary>
    /// A page of rows that meet every condition given: each is a constant of this class, with its values as
    /// parameters.
    /// </summary>
    public static string SelectPage(ISqlDialect dialect, IReadOnlyList<string> conditions) =>
        $"""
        SELECT id, occurred_at, client_id, user_id, user_opd, action, nik, purpose, result
        FROM civil_registry.access_log
        {(conditions.Count == 0 ? "" : "WHERE " + string.Join(Environment.NewLine + "  AND ", conditions))}
        ORDER BY occurred_at DESC, id DESC
        {dialect.Limit("limit")}
        """;

    // Cast to the column's char(16), so that the (nik, occurred_at) index serves it (see ResidentSql.SelectByNik).
    public const string ByNik = "nik = CAST(@nik AS char(16))";
    public const string ByClient = "client_id = @client_id";
    public const string ByPurpose = "purpose = @purpose";
    public const string From = "occurred_at >= @from";
    public const string Until = "occurred_at < @until";

    /// <summary>Rows strictly after the page's <see cref="GovServices.BuildingBlocks.Http.KeysetCursor"/> in newest-first order.</summary>
    public const string AfterCursor = "(occurred_at < @after_occurred_at OR (occurred_at = @after_occurred_at AND id < @after_id))";
}

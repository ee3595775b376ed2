using GovServices.BuildingBlocks.Data;

namespace GovServices.Notifications.Staff;

internal static class StaffDigestSql
{
    /// <summary>The day's digest of a scope, claimed once: a second insert (another run or instance) adds nothing.</summary>
    public static string Claim(ISqlDialect dialect) =>
        dialect.InsertIfAbsent("notifications.digest_run", ["digest_day", "scope", "ran_at", "recipients"], ["digest_day", "scope"]);

    public const string SetRecipients = """
        UPDATE notifications.digest_run
        SET recipients = @recipients
        WHERE digest_day = @digest_day
          AND scope = @scope
        """;
}

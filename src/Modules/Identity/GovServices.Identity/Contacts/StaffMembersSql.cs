namespace GovServices.Identity.Contacts;

internal static class StaffMembersSql
{
    /// <summary>Enabled accounts in the role <c>@role</c> (its normalised name), and of the OPD <c>@opd</c> when <paramref name="byOpd"/>; oldest first.</summary>
    public static string SelectInRole(bool byOpd) => $"""
        SELECT u."Id"
        FROM "identity"."AspNetUsers" u
        JOIN "identity"."AspNetUserRoles" ur ON ur."UserId" = u."Id"
        JOIN "identity"."AspNetRoles" r ON r."Id" = ur."RoleId"
        WHERE r."NormalizedName" = @role
          AND u."IsDisabled" = @disabled{(byOpd ? "\n  AND u.\"Opd\" = @opd" : "")}
        ORDER BY u."CreatedAt", u."Id"
        """;
}

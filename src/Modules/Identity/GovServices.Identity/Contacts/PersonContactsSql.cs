namespace GovServices.Identity.Contacts;

internal static class PersonContactsSql
{
    public const string SelectContact = """
        SELECT "Email" AS Email, "PhoneNumber" AS PhoneNumber, "IsDisabled" AS IsDisabled
        FROM "identity"."AspNetUsers"
        WHERE "Id" = @id
        """;
}

namespace GovServices.BuildingBlocks.Data.Migrations;

internal static class MigrationJournal
{
    /// <summary>One journal table per module schema, so each module's migrations stand on their own.</summary>
    public const string TableName = "schema_versions";
}

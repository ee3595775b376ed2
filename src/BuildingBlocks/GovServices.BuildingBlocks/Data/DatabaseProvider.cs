namespace GovServices.BuildingBlocks.Data;

/// <summary>The database engines the service runs on. SQLite is the embedded default.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

using DbUp.Engine.Output;
using DbUp.Engine.Transactions;
using DbUp.Sqlite;
using DbUp.Support;

namespace GovServices.BuildingBlocks.Data.Migrations;

/// <summary>
/// DbUp's SQLite journal only knows the main database; ours lives inside the module's attached schema
/// (<c>complaints.schema_versions</c>), like the journals on PostgreSQL and SQL Server.
/// </summary>
internal sealed class SqliteSchemaJournal(Func<IConnectionManager> connectionManager, Func<IUpgradeLog> logger, string schema)
    : TableJournal(connectionManager, logger, new SqliteObjectParser(), schema, MigrationJournal.TableName)
{
    protected override string GetInsertJournalEntrySql(string scriptName, string applied) =>
        $"INSERT INTO \"{SchemaTableSchema}\".{MigrationJournal.TableName} (script_name, applied) VALUES ({scriptName}, {applied})";

    protected override string GetJournalEntriesSql() =>
        $"SELECT script_name FROM \"{SchemaTableSchema}\".{MigrationJournal.TableName} ORDER BY script_name";

    protected override string CreateSchemaTableSql(string quotedPrimaryKeyName) =>
        $"""
        CREATE TABLE "{SchemaTableSchema}".{MigrationJournal.TableName} (
            schema_version_id INTEGER CONSTRAINT {quotedPrimaryKeyName} PRIMARY KEY AUTOINCREMENT NOT NULL,
            script_name TEXT NOT NULL,
            applied TEXT NOT NULL
        )
        """;

    protected override string DoesTableExistSql() =>
        $"SELECT COUNT(*) FROM \"{SchemaTableSchema}\".sqlite_master WHERE type = 'table' AND name = '{MigrationJournal.TableName}'";
}
